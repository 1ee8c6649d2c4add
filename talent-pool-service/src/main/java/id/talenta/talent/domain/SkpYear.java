package id.talenta.talent.domain;

import java.util.Optional;

/**
 * Which years an SKP rating can be recorded for: from {@link #FIRST} up to the current year (a date in the business
 * time zone). A later year has no SKP yet; accepting one would make it "the latest" and move the performance axis.
 */
public final class SkpYear {

    /** The earliest year accepted. */
    public static final int FIRST = 2000;

    private SkpYear() {}

    /** The problem with {@code year} when the current year is {@code currentYear}, or empty when it is valid. */
    public static Optional<String> problem(int year, int currentYear) {
        if (year > currentYear) {
            return Optional.of("must not be after the current year " + currentYear + " (no SKP rating exists yet)");
        }
        if (year < FIRST) {
            return Optional.of("must be between " + FIRST + " and " + currentYear);
        }
        return Optional.empty();
    }
}
