package id.talenta.assessment.api;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Assigns an assessor to an event; a lead assessor may finalize results. */
@Schema(name = "AssignAssessor")
public record AssignAssessorRequest(
        @NotNull @Schema(example = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
        UUID assessorId,

        @Schema(example = "true", defaultValue = "false") Boolean lead) {}
