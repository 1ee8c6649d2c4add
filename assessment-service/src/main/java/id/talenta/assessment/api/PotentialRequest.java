package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The potential assessment: all eight aspects, each scored 1–5. */
@Schema(name = "Potential")
public record PotentialRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
        UUID assessorId,

        @NotEmpty @Size(max = 8) List<@Valid @NotNull AspectScore> aspects) {

    public record AspectScore(
            @NotBlank @Size(max = 50) @Schema(example = "GRIT")
            String aspect,

            @NotNull @Min(1) @Max(5) @Schema(example = "4") Integer score) {}
}
