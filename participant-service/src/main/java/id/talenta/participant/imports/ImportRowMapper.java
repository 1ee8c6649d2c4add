package id.talenta.participant.imports;

import id.talenta.participant.domain.FieldIssue;
import id.talenta.participant.domain.LegalStatus;
import id.talenta.participant.domain.ParticipantDraft;
import id.talenta.participant.domain.Rank;
import id.talenta.participant.domain.SiasnColumns;
import id.talenta.participant.domain.SiasnMapping;
import id.talenta.participant.reference.ReferenceData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a source row into a participant draft. Accepts our own column names (the API's field names) and the
 * SIASN export / web-service names: nipBaru, nama, gelarDepan, gelarBelakang, tglLahir (dd-mm-yyyy, checked
 * against the NIP), golRuangAkhirId → rank, eselonId / jenisJabatanId / jabatanFungsional → jobLevel,
 * jabatanNama → positionTitle, unorId → unitCode, kedudukanHukumId / kedudukanPnsId (and their names) → the
 * legal status ({@link LegalStatus}: one that ends service deactivates). Our name wins when both are present.
 */
public final class ImportRowMapper {

    /** Columns that identify the person; a header must have one of them. */
    public static final Set<String> KEY_COLUMNS = Set.of("nip", "nipBaru");

    /**
     * {@code legalStatus}: null when the row does not say; {@code unitSource}: the unit's name and agency as the file
     * gives them (SIASN {@code unor_nama}, {@code instansi_kerja_id}, {@code instansi_kerja_nama}), null when it does
     * not.
     */
    public record Mapped(
            ParticipantDraft draft,
            LocalDate declaredBirthDate,
            LegalStatus legalStatus,
            UnitSource unitSource,
            List<FieldIssue> issues) {}

    /** A unit as an export names it, with the agency whose tree it belongs to. */
    public record UnitSource(String name, String agencySiasnId, String agencyName) {}

    private final ReferenceData reference;

    public ImportRowMapper(ReferenceData reference) {
        this.reference = reference;
    }

    public Mapped map(Map<String, String> f) {
        List<FieldIssue> issues = new ArrayList<>();
        boolean siasn = f.containsKey("nipBaru")
                || f.containsKey("jenisKelamin")
                || f.containsKey("nama")
                || f.containsKey("golRuangAkhirId")
                || f.containsKey("unorId");
        String employmentType = first(f, "employmentType");
        if (employmentType == null && siasn) {
            employmentType = "PNS"; // SIASN data-utama is the PNS register
        }
        String rank = first(f, "rank");
        String golRuang = first(f, "golRuangAkhirId");
        if (rank == null && golRuang != null) {
            Optional<Rank> r = reference.rankBySiasnCode(golRuang);
            if (r.isPresent()) {
                rank = r.get().code();
            } else {
                issues.add(new FieldIssue(
                        "golRuangAkhirId", "golRuangAkhirId " + golRuang + " is not a known rank code (11..45)"));
            }
        }
        String jobLevel = first(f, "jobLevel");
        if (jobLevel == null) {
            String eselon = first(f, "eselonId");
            String jenis = first(f, "jenisJabatanId");
            String functional = first(f, "jabatanFungsional", "jabatanFungsionalNama");
            if (eselon != null || jenis != null || functional != null) {
                jobLevel = SiasnMapping.jobLevel(eselon, jenis, functional, first(f, "jabatanNama"))
                        .orElse(null);
                if (jobLevel == null) {
                    issues.add(new FieldIssue(
                            "jobLevel",
                            "cannot derive a job level from eselonId=" + eselon + ", jenisJabatanId=" + jenis
                                    + ", jabatanFungsional=" + functional
                                    + ("1".equals(jenis) || "3".equals(jenis)
                                            ? ": the export names no echelon for a structural position; add an "
                                                    + "eselon_id column (31/32 Administrator, 41/42 Pengawas, ...) "
                                                    + "or a jobLevel column to the file"
                                            : "")));
                }
            }
        }
        LocalDate declaredBirth = null;
        String tglLahir = first(f, "tglLahir");
        if (tglLahir != null && !SiasnMapping.isNoDate(tglLahir)) {
            declaredBirth = SiasnMapping.date(tglLahir).orElse(null);
            if (declaredBirth == null) {
                issues.add(new FieldIssue(
                        "tglLahir",
                        "tglLahir " + tglLahir + " is not a calendar date (dd-mm-yyyy; dd/mm/yyyy, yyyy-mm-dd and "
                                + "spreadsheet day numbers are read too)"));
            }
        }
        String gender = first(f, "jenisKelamin");
        if (gender != null
                && !SiasnMapping.genderAgrees(first(f, "nip", "nipBaru"), gender)
                        .orElse(true)) {
            issues.add(new FieldIssue(
                    "jenisKelamin",
                    "jenis_kelamin " + gender + " does not agree with the NIP, whose 15th digit says "
                            + (first(f, "nip", "nipBaru").charAt(14) == '1' ? "male (1)" : "female (2)")));
        }
        LegalStatus legalStatus = null;
        String kedudukan = first(f, "kedudukanHukumId", "kedudukanPnsId", "kedudukan_hukum_id");
        if (kedudukan != null) {
            legalStatus = LegalStatus.of(
                            kedudukan, first(f, "kedudukanHukumNama", "kedudukanPnsNama", "kedudukan_hukum_nama"))
                    .orElse(null);
            if (legalStatus == null) {
                issues.add(new FieldIssue(
                        "kedudukanHukumId",
                        "kedudukan hukum " + kedudukan + " is not a SIASN legal status code (01..99)"));
            }
        }
        ParticipantDraft draft = new ParticipantDraft(
                        first(f, "nip", "nipBaru"),
                        first(f, "fullName", "nama"),
                        first(f, "frontTitle", "gelarDepan"),
                        first(f, "backTitle", "gelarBelakang"),
                        employmentType,
                        rank,
                        first(f, "positionTitle", "jabatanNama"),
                        jobLevel,
                        first(f, "unitCode", "unorId"),
                        first(f, "email"),
                        first(f, "phone"),
                        first(f, "educationLevel"),
                        first(f, "educationMajor"))
                .normalized();
        String unitName = first(f, "unorNama");
        String agencyId = first(f, "instansiKerjaId");
        UnitSource unitSource = unitName == null || agencyId == null
                ? null
                : new UnitSource(unitName, agencyId, first(f, "instansiKerjaNama"));
        return new Mapped(draft, declaredBirth, legalStatus, unitSource, issues);
    }

    /** The first of the columns that has a value, as the export writes values ({@link SiasnColumns#value}). */
    private static String first(Map<String, String> f, String... names) {
        for (String n : names) {
            String v = SiasnColumns.value(f.get(n));
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
