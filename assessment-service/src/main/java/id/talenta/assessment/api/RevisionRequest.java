package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Corrects a finalized result: a new revision with these overrides on top of the previous final levels and these
 * potential aspect scores on top of the previous potential (at least one of the two; the reason covers both).
 */
@Schema(name = "Revision")
public record RevisionRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
        UUID finalizedBy,

        @NotBlank @Size(max = 2000) @Schema(example = "Salah input nilai Integritas pada berita acara integrasi")
        String reason,

        @Size(max = 100) List<@Valid @NotNull OverrideRequest> overrides,

        @Schema(
                description = "Corrected potential aspect scores (1–5); the others keep their previous score. A result "
                        + "without a potential assessment gets one only with every aspect scored.")
        @Size(max = 8)
        List<PotentialRequest.@Valid @NotNull AspectScore> potential) {

    public List<OverrideRequest> overridesOrEmpty() {
        return overrides == null ? List.of() : overrides;
    }

    public List<PotentialRequest.AspectScore> potentialOrEmpty() {
        return potential == null ? List.of() : potential;
    }
}
