package id.talenta.assessment.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Plan of an assessment event. Without a matrix, every method measures the nine standard competencies. */
@Schema(name = "CreateAssessmentEvent")
public record CreateEventRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Asesmen Kompetensi Pemkab Probolinggo 2025")
        String title,

        @NotBlank @Size(max = 200) @Schema(example = "BKPSDM Kabupaten Probolinggo")
        String organizer,

        @Size(max = 200) @Schema(example = "UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo")
        String assessorInstitution,

        @Size(max = 200) @Schema(example = "Auditorium Madakaripura")
        String venue,

        @NotNull @Schema(example = "2025-05-14") LocalDate startDate,
        @Schema(example = "2025-05-14") LocalDate endDate,

        @NotEmpty @Size(max = 8) @Schema(example = "[\"PSYCHOLOGICAL_TEST\", \"INTERVIEW\", \"GROUP_DISCUSSION\"]")
        List<@NotBlank @Size(max = 50) String> methods,

        @Size(max = 8) List<@Valid @NotNull MatrixRow> matrix,
        @Size(max = 50) List<@Valid @NotNull TechnicalCompetency> technicalCompetencies,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Group> groups) {

    /** The competencies one method measures. */
    public record MatrixRow(
            @NotBlank @Size(max = 50) @Schema(example = "INTERVIEW")
            String method,

            @NotEmpty @Size(max = 100) @Schema(example = "[\"INTEGRITAS\", \"KOMUNIKASI\"]")
            List<@NotBlank @Size(max = 50) String> competencies) {}

    /** A technical competency measured in this event (defined per job family by the owning ministry). */
    public record TechnicalCompetency(
            @NotBlank
            @Pattern(regexp = "^[A-Z][A-Z0-9_]{2,49}$", message = "must be an UPPER_SNAKE code of 3 to 50 characters")
            @Schema(example = "PENGELOLAAN_KEUANGAN_DAERAH")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Pengelolaan Keuangan Daerah")
            String name) {}

    /** A participant group with the job levels it admits and its capacity. */
    public record Group(
            @NotBlank
            @Pattern(
                    regexp = "^[A-Z0-9][A-Z0-9_-]{0,29}$",
                    message = "must be an upper-case code of at most 30 characters")
            @Schema(example = "ADM")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Administrator dan Ahli Madya")
            String name,

            @NotEmpty @Size(max = 14) @Schema(example = "[\"ADMINISTRATOR\", \"AHLI_MADYA\"]")
            List<@NotBlank @Size(max = 50) String> jobLevels,

            @NotNull @Min(1) @Max(100000) @Schema(example = "85")
            Integer capacity) {}
}
