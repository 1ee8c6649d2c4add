package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Finalizes a result: the proposals become final levels, except where the lead assessor overrides them. */
@Schema(name = "Finalize")
public record FinalizeRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
        UUID finalizedBy,

        @Size(max = 100) List<@Valid @NotNull OverrideRequest> overrides) {}
