package id.talenta.participant.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the participant operations. */
public final class ParticipantRequests {

    private ParticipantRequests() {}

    public record Education(
            @Size(max = 50) @Schema(example = "S2") String level,

            @Size(max = 200) @Schema(example = "Administrasi Publik")
            String major) {}

    @Schema(name = "RegisterParticipant")
    public record Register(
            @NotBlank @Size(max = 30) @Schema(example = "196608011988031001", description = "18-digit NIP (or NI PPPK)")
            String nip,

            @NotBlank @Size(max = 200) @Schema(example = "Siti Rahmawati")
            String fullName,

            @NotBlank
            @Size(max = 10)
            @Schema(
                    example = "PNS",
                    enumeration = {"PNS", "PPPK"})
            String employmentType,

            @Size(max = 10)
            @Schema(example = "IV/a", description = "PNS I/a..IV/e or PPPK I..XVII; see /api/v1/reference/ranks")
            String rank,

            @NotBlank @Size(max = 200) @Schema(example = "Kepala Bidang Pengembangan SDM")
            String positionTitle,

            @NotBlank
            @Size(max = 40)
            @Schema(example = "ADMINISTRATOR", description = "see /api/v1/reference/job-levels")
            String jobLevel,

            @NotBlank @Size(max = 64) @Schema(example = "BKPSDM-PROB")
            String unitCode,

            @Size(max = 200) @Schema(example = "siti.rahmawati@probolinggokab.go.id")
            String email,

            @Size(max = 30) @Schema(example = "+62 812 3456 7890")
            String phone,

            @Valid Education education,
            @Size(max = 50) @Schema(example = "Dr.") String frontTitle,
            @Size(max = 50) @Schema(example = "M.Si.") String backTitle) {}

    @Schema(name = "PatchParticipant", description = "Only the fields present are changed; NIP cannot change.")
    public record Patch(
            @Size(max = 200) @Schema(example = "Siti Rahmawati")
            String fullName,

            @Size(max = 10)
            @Schema(
                    example = "PNS",
                    enumeration = {"PNS", "PPPK"})
            String employmentType,

            @Size(max = 10) @Schema(example = "IV/b") String rank,

            @Size(max = 200) @Schema(example = "Sekretaris Badan")
            String positionTitle,

            @Size(max = 40) @Schema(example = "JPT_PRATAMA") String jobLevel,
            @Size(max = 64) @Schema(example = "BKPSDM-PROB") String unitCode,
            @Size(max = 200) String email,
            @Size(max = 30) String phone,
            @Valid Education education,
            @Size(max = 50) String frontTitle,
            @Size(max = 50) String backTitle) {}
}
