package id.talenta.participant.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the national ASN system (SIASN, BKN) encodes what we call job level and dates: {@code eselonId}
 * (10 JPT Utama, 11/12 JPT Madya, 21/22 JPT Pratama, 31/32 Administrator, 41/42 Pengawas),
 * {@code jenisJabatanId} (1 structural, 2 functional, 4 general = pelaksana), the functional position's name
 * ("Analis Kebijakan Ahli Muda", "Pranata Komputer Terampil") and {@code dd-mm-yyyy} dates.
 */
public final class SiasnMapping {

    private static final Map<String, String> ESELON = Map.of(
            "10",
            "JPT_UTAMA",
            "11",
            "JPT_MADYA",
            "12",
            "JPT_MADYA",
            "21",
            "JPT_PRATAMA",
            "22",
            "JPT_PRATAMA",
            "31",
            "ADMINISTRATOR",
            "32",
            "ADMINISTRATOR",
            "41",
            "PENGAWAS",
            "42",
            "PENGAWAS");

    /** Functional levels as they appear at the end of a functional position's name; longest first. */
    private static final List<Map.Entry<String, String>> FUNCTIONAL = List.of(
            Map.entry("ahli utama", "AHLI_UTAMA"),
            Map.entry("ahli madya", "AHLI_MADYA"),
            Map.entry("ahli muda", "AHLI_MUDA"),
            Map.entry("ahli pertama", "AHLI_PERTAMA"),
            Map.entry("penyelia", "PENYELIA"),
            Map.entry("mahir", "MAHIR"),
            Map.entry("terampil", "TERAMPIL"),
            Map.entry("pemula", "PEMULA"));

    private static final DateTimeFormatter DMY =
            DateTimeFormatter.ofPattern("dd-MM-uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private SiasnMapping() {}

    /**
     * The job level of a SIASN record: echelon first (structural), then general staff, then the functional
     * level named in the functional position (or, for functional positions, in the position name).
     */
    public static Optional<String> jobLevel(
            String eselonId, String jenisJabatanId, String functionalName, String positionName) {
        if (eselonId != null && ESELON.containsKey(eselonId.strip())) {
            return Optional.of(ESELON.get(eselonId.strip()));
        }
        if (jenisJabatanId != null && jenisJabatanId.strip().equals("4")) {
            return Optional.of("PELAKSANA");
        }
        Optional<String> functional = functionalLevel(functionalName);
        if (functional.isPresent()) {
            return functional;
        }
        if (jenisJabatanId != null && jenisJabatanId.strip().equals("2")) {
            return functionalLevel(positionName);
        }
        return Optional.empty();
    }

    static Optional<String> functionalLevel(String name) {
        if (name == null) {
            return Optional.empty();
        }
        // The level words end the title ("Pranata Komputer Mahir"); anywhere else they are part of another word or
        // phrase ("Pemahiran", "Penyeliaan Mutu"), so only the last words count. Repeated spaces and trailing
        // punctuation are tolerated.
        String n = " "
                + name.toLowerCase(Locale.ROOT)
                        .replaceAll("[\\s\u00A0]+", " ")
                        .replaceAll("[^\\p{L}]+$", "")
                        .strip();
        for (Map.Entry<String, String> e : FUNCTIONAL) {
            if (n.endsWith(" " + e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static final DateTimeFormatter DMY_SLASH =
            DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    /** Day 0 of spreadsheet serial dates (Excel's 1900 system, counting its phantom 29 February 1900). */
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);

    /**
     * Parses a date as exports write it: SIASN's {@code dd-mm-yyyy}, and what a spreadsheet makes of it when a file
     * is re-saved: {@code dd/mm/yyyy}, ISO {@code yyyy-mm-dd}, or a serial day number. Empty when it is none of
     * these, or not a calendar date.
     */
    public static Optional<LocalDate> date(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        for (DateTimeFormatter f : List.of(DMY, DMY_SLASH, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(v, f));
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        if (v.matches("[0-9]{1,6}")) {
            int days = Integer.parseInt(v);
            if (days >= 1 && days <= 2_958_465) {
                return Optional.of(SERIAL_EPOCH.plusDays(days));
            }
        }
        return Optional.empty();
    }

    /** SIASN writes {@code 01-01-0001} for "no date". */
    public static boolean isNoDate(String value) {
        return value != null && value.strip().equals("01-01-0001");
    }

    /**
     * Whether {@code jenis_kelamin} (M or L male, F or P female) agrees with the gender digit of the NIP (the 15th:
     * 1 male, 2 female); empty when either cannot be read (the NIP's own check reports a bad NIP).
     */
    public static Optional<Boolean> genderAgrees(String nip, String jenisKelamin) {
        if (nip == null || nip.length() != 18 || jenisKelamin == null) {
            return Optional.empty();
        }
        char digit = nip.charAt(14);
        String g = jenisKelamin.strip().toUpperCase(Locale.ROOT);
        Boolean male =
                g.equals("M") || g.equals("L") ? Boolean.TRUE : g.equals("F") || g.equals("P") ? Boolean.FALSE : null;
        if (male == null || digit != '1' && digit != '2') {
            return Optional.empty();
        }
        return Optional.of(male == (digit == '1'));
    }
}
