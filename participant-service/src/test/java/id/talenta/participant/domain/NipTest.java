package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);
    static final String DEFAULT_NIP = "196608011988031001";

    private static String rejection(String nip) {
        return assertThrows(InvalidNipException.class, () -> Nip.parse(nip, TODAY)).getMessage();
    }

    @Test
    void shouldDeriveBirthDateAppointmentGenderAndSequenceFromValidNip() {
        Nip nip = Nip.parse(DEFAULT_NIP, TODAY);
        assertEquals(LocalDate.of(1966, 8, 1), nip.birthDate());
        assertEquals(YearMonth.of(1988, 3), nip.cpnsStartMonth());
        assertEquals(Gender.MALE, nip.gender());
        assertEquals(1, nip.sequence());
        assertEquals(DEFAULT_NIP, nip.value());
    }

    @Test
    void shouldReadFemaleFromGenderDigitTwo() {
        assertEquals(Gender.FEMALE, Nip.parse("198507142010012999", TODAY).gender());
    }

    @Test
    void shouldTrimSurroundingWhitespace() {
        assertEquals(DEFAULT_NIP, Nip.parse("  " + DEFAULT_NIP + " ", TODAY).value());
    }

    @Test
    void shouldRejectMissingNip() {
        assertEquals("NIP is required", rejection(null));
        assertEquals("NIP is required", rejection("   "));
    }

    @ParameterizedTest
    @CsvSource({"19660801198803100", "1966080119880310011", "19660801198803100a", "1966-08-01-1988031"})
    void shouldRejectNipThatIsNotEighteenDigits(String nip) {
        assertEquals("NIP must be exactly 18 digits, got \"" + nip + "\"", rejection(nip));
    }

    @Test
    void shouldRejectNipWithImpossibleBirthDate() {
        assertEquals("birth date 19661301 is not a calendar date", rejection("196613011988031001"));
        assertEquals("birth date 19660230 is not a calendar date", rejection("196602301988031001"));
        assertEquals("birth date 19660800 is not a calendar date", rejection("196608001988031001"));
        assertEquals("birth date 19650229 is not a calendar date", rejection("196502291988031001"));
    }

    @Test
    void shouldAcceptLeapDayBirthDate() {
        assertEquals(LocalDate.of(1964, 2, 29), Nip.parse("196402291988031001", TODAY).birthDate());
    }

    @Test
    void shouldRejectAppointmentMonthThatIsNotACalendarMonth() {
        assertEquals("CPNS appointment month 198813 is not a calendar month", rejection("196608011988131001"));
        assertEquals("CPNS appointment month 198800 is not a calendar month", rejection("196608011988001001"));
    }

    @Test
    void shouldRejectAppointmentBeforeTheEighteenthBirthday() {
        assertEquals("CPNS appointment month 198407 is before the month of the 18th birthday (1984-08)",
                rejection("196608011984071001"));
    }

    @Test
    void shouldAcceptAppointmentInTheMonthOfTheEighteenthBirthday() {
        assertEquals(YearMonth.of(1984, 8), Nip.parse("196608011984081001", TODAY).cpnsStartMonth());
    }

    @Test
    void shouldRejectAppointmentInTheFuture() {
        assertEquals("CPNS appointment month 202507 is in the future", rejection("199001012025071001"));
    }

    @Test
    void shouldAcceptAppointmentInTheCurrentMonth() {
        assertEquals(YearMonth.of(2025, 6), Nip.parse("199001012025061001", TODAY).cpnsStartMonth());
    }

    @ParameterizedTest
    @CsvSource({"0", "3", "9"})
    void shouldRejectGenderDigitOtherThanOneOrTwo(String digit) {
        assertEquals("gender digit " + digit + " must be 1 (male) or 2 (female)",
                rejection("19660801198803" + digit + "001"));
    }

    @Test
    void shouldRejectSequenceZero() {
        assertEquals("sequence 000 must be between 001 and 999", rejection("196608011988031000"));
    }

    @Test
    void shouldAcceptHighestSequence() {
        assertEquals(999, Nip.parse("196608011988031999", TODAY).sequence());
    }

    @Test
    void shouldReportTheFirstBrokenPartWhenSeveralAreBroken() {
        assertEquals("birth date 19661301 is not a calendar date", rejection("196613011988130000"));
    }
}
