package id.talenta.talent.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Annual SKP performance rating (PermenPANRB 6/2022). SIASN's {@code kuadranKinerjaNilai} numbers them
 * 1 (SANGAT BAIK) to 5 (SANGAT KURANG), in declaration order.
 */
public enum SkpRating {
    SANGAT_BAIK,
    BAIK,
    BUTUH_PERBAIKAN,
    KURANG,
    SANGAT_KURANG;

    /**
     * Accepts the code ({@code BAIK}), its spaced SIASN spelling ({@code SANGAT BAIK}, any run of whitespace between
     * the words) or the quadrant number 1..5.
     */
    public static Optional<SkpRating> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        // SIASN spells the category with spaces, sometimes repeated, tabs or no-break spaces: "SANGAT  BAIK"
        String value = raw.strip()
                .toUpperCase(Locale.ROOT)
                .replaceAll("[\\s\u00A0_]+", "_")
                .replaceAll("^_|_$", "");
        if (value.matches("[1-5]")) {
            return Optional.of(values()[Integer.parseInt(value) - 1]);
        }
        for (SkpRating rating : values()) {
            if (rating.name().equals(value)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
