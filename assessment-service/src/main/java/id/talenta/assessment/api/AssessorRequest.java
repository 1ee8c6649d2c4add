package id.talenta.assessment.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A certified assessor. */
@Schema(name = "CreateAssessor")
public record AssessorRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Dra. Sri Wahyuni, M.Psi., Psikolog")
        String name,

        @Size(max = 100) @Schema(example = "ASR-2019-00123") String certificateNumber,

        @Size(max = 200) @Schema(example = "UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo")
        String institution) {}
