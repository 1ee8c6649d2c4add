package id.talenta.participant.domain;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The legal status of a civil servant (kedudukan hukum, SIASN {@code kedudukan_hukum_id} / {@code kedudukanPnsId};
 * codes in docs/siasn.md). Only people in service are active participants (docs/domain.md): a status that ends service
 * (no longer active, dismissed, deceased, retired, ...) deactivates the participant, or registers them inactive,
 * with the status as the reason. Statuses in service but special (unpaid leave, study leave, temporary
 * suspension, pre-retirement) keep the participant active.
 */
public record LegalStatus(String code, String name, boolean endsService) {

    /** The codes that end service: 52 Tidak Aktif, 66 Diberhentikan, 67 Punah, 68–70, 77, 88, 89, 90–92, 98, 99. */
    static final Set<String> ENDS_SERVICE =
            Set.of("52", "66", "67", "68", "69", "70", "77", "88", "89", "90", "91", "92", "98", "99");

    /** Names of the common codes, for the reason when the file carries only the code. */
    static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("01", "Aktif"),
            Map.entry("02", "CLTN"),
            Map.entry("03", "Tugas Belajar"),
            Map.entry("04", "Pemberhentian Sementara"),
            Map.entry("05", "Penerima Uang Tunggu"),
            Map.entry("20", "Masa Persiapan Pensiun"),
            Map.entry("51", "CPNS tanpa SK"),
            Map.entry("52", "Tidak Aktif"),
            Map.entry("66", "Diberhentikan"),
            Map.entry("67", "Punah"),
            Map.entry("98", "Mencapai BUP"),
            Map.entry("99", "Pensiun"));

    /**
     * The status of a SIASN code (one or two digits; {@code 1} is {@code 01}), with the file's name when given;
     * empty when the code is not a known kedudukan hukum (1–99).
     */
    public static Optional<LegalStatus> of(String rawCode, String rawName) {
        if (rawCode == null || rawCode.isBlank()) {
            return Optional.empty();
        }
        String c = rawCode.strip();
        if (!c.matches("[0-9]{1,2}") || Integer.parseInt(c) == 0) {
            return Optional.empty();
        }
        String code = c.length() == 1 ? "0" + c : c;
        String name = rawName == null || rawName.isBlank() ? NAMES.getOrDefault(code, "kode " + code) : rawName.strip();
        return Optional.of(new LegalStatus(code, name, ENDS_SERVICE.contains(code)));
    }

    /** The deactivation reason: the status itself. */
    public String reason() {
        return "Kedudukan hukum " + code + " " + name + " (SIASN): no longer in service";
    }
}
