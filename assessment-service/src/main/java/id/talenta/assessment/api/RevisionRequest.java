package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Corrects a finalized result: a new revision with these overrides on top of the previous final levels. */
@Schema(name = "Revision")
public record RevisionRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80") UUID finalizedBy,
        @NotBlank @Size(max = 2000) @Schema(example = "Salah input nilai Integritas pada berita acara integrasi") String reason,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull OverrideRequest> overrides) {}
