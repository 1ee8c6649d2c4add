package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Shapes of the NIP rule: valid parts round-trip; a corrupted digit that breaks a rule is always caught. */
class NipPropertiesTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);
    static final YearMonth THIS_MONTH = YearMonth.of(2025, 6);

    record Parts(LocalDate birth, YearMonth cpns, int gender, int sequence) {
        String nip() {
            return String.format(
                    "%04d%02d%02d%04d%02d%d%03d",
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    cpns.getYear(),
                    cpns.getMonthValue(),
                    gender,
                    sequence);
        }
    }

    @Provide
    Arbitrary<Parts> validParts() {
        Arbitrary<LocalDate> births = Arbitraries.longs()
                .between(
                        LocalDate.of(1940, 1, 1).toEpochDay(),
                        LocalDate.of(2007, 6, 1).toEpochDay())
                .map(LocalDate::ofEpochDay);
        return births.flatMap(birth -> {
            LocalDate adult = birth.plusYears(18);
            YearMonth earliest = adult.getDayOfMonth() == 1
                    ? YearMonth.from(adult)
                    : YearMonth.from(adult).plusMonths(1);
            long span = earliest.until(THIS_MONTH, java.time.temporal.ChronoUnit.MONTHS);
            return Combinators.combine(
                            Arbitraries.longs().between(0, Math.max(0, span)),
                            Arbitraries.of(1, 2),
                            Arbitraries.integers().between(1, 999))
                    .as((offset, gender, seq) -> new Parts(birth, earliest.plusMonths(offset), gender, seq));
        });
    }

    @Property(tries = 2000)
    void everyValidGeneratedNipParsesBackToItsParts(@ForAll("validParts") Parts parts) {
        Nip nip = Nip.parse(parts.nip(), TODAY);
        assertEquals(parts.birth(), nip.birthDate());
        assertEquals(parts.cpns(), nip.cpnsStartMonth());
        assertEquals(parts.gender() == 1 ? Gender.MALE : Gender.FEMALE, nip.gender());
        assertEquals(parts.sequence(), nip.sequence());
    }

    @Property(tries = 3000)
    void everySingleDigitCorruptionThatBreaksARuleIsRejected(
            @ForAll("validParts") Parts parts,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 0, max = 9) int digit) {
        char[] chars = parts.nip().toCharArray();
        chars[position] = (char) ('0' + digit);
        String corrupted = new String(chars);
        if (breaksARule(corrupted)) {
            assertThrows(InvalidNipException.class, () -> Nip.parse(corrupted, TODAY));
        } else {
            assertEquals(corrupted, Nip.parse(corrupted, TODAY).value());
        }
    }

    /** An independent statement of the rules (docs/domain.md), written without the production code's structure. */
    static boolean breaksARule(String nip) {
        int y = Integer.parseInt(nip.substring(0, 4));
        int m = Integer.parseInt(nip.substring(4, 6));
        int d = Integer.parseInt(nip.substring(6, 8));
        int cy = Integer.parseInt(nip.substring(8, 12));
        int cm = Integer.parseInt(nip.substring(12, 14));
        char g = nip.charAt(14);
        int seq = Integer.parseInt(nip.substring(15));
        LocalDate birth;
        try {
            birth = LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return true;
        }
        if (cm < 1 || cm > 12 || cy < 1) {
            return true;
        }
        int cpnsIndex = cy * 12 + cm;
        LocalDate adult = birth.plusYears(18);
        // the appointment takes effect on the first of its month: the first month that starts on or after the 18th
        // birthday is the birthday's own month only when the birthday is on the 1st
        int adultIndex = adult.getYear() * 12 + adult.getMonthValue() + (adult.getDayOfMonth() == 1 ? 0 : 1);
        int nowIndex = 2025 * 12 + 6;
        return cpnsIndex < adultIndex || cpnsIndex > nowIndex || g != '1' && g != '2' || seq == 0;
    }
}
