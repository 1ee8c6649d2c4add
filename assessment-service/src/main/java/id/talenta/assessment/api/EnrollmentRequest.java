package id.talenta.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Enrolls participants into one group, by participant ids or by NIPs (exactly one of the two). */
@Schema(name = "Enrollment")
public record EnrollmentRequest(
        @NotBlank @Size(max = 30) @Schema(example = "ADM") String groupCode,

        @Size(max = 1000) @Schema(example = "[\"0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a81\"]")
        List<@NotNull UUID> participantIds,

        @Size(max = 1000) @Schema(example = "[\"196608011988031001\"]")
        List<@NotNull @Pattern(regexp = "^[0-9]{18}$", message = "must be 18 digits") String> nips) {}
