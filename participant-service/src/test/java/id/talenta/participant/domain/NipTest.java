package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    static final Clock TODAY = Clock.fixed(Instant.parse("2025-06-15T00:00:00Z"), ZoneOffset.UTC);
    static final String DEFAULT_NIP = "196608011988031001";

    private static String rejection(String nip) {
        return assertThrows(InvalidNipException.class, () -> Nip.parse(nip, TODAY))
                .getMessage();
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
        assertEquals(
                LocalDate.of(1964, 2, 29),
                Nip.parse("196402291988031001", TODAY).birthDate());
    }

    @Test
    void shouldRejectAppointmentMonthThatIsNotACalendarMonth() {
        assertEquals("CPNS appointment month 198813 is not a calendar month", rejection("196608011988131001"));
        assertEquals("CPNS appointment month 198800 is not a calendar month", rejection("196608011988001001"));
    }

    @Test
    void shouldRejectAppointmentBeforeTheEighteenthBirthday() {
        assertEquals(
                "CPNS appointment month 198407 (effective 1984-07-01) is before the 18th birthday (1984-08-01)",
                rejection("196608011984071001"));
    }

    @ParameterizedTest(name = "born {0}: appointment {1} rejected, {2} accepted")
    @CsvSource({
        // birthday on the 1st: the birthday's own month is the first possible appointment
        "19660801, 198407, 198408",
        // mid-month (the issue's case): eighteen on 1984-08-20, so August 1984 (effective the 1st) is too early
        "19660820, 198408, 198409",
        // last day of a month, of a 31-day and of a 30-day month
        "19660831, 198408, 198409",
        "19660930, 198409, 198410",
        // born 29 February: eighteen on 28 February of a common year (java.time), first month March
        "19680229, 198602, 198603",
        // born on the 2nd: one day makes the month too early
        "19660802, 198408, 198409"
    })
    void theAppointmentTakesEffectOnTheFirstOfItsMonthWhichMustNotBeBeforeTheEighteenthBirthday(
            String birth, String tooEarly, String first) {
        assertThrows(InvalidNipException.class, () -> Nip.parse(birth + tooEarly + "1001", TODAY));
        assertEquals(
                YearMonth.parse(first.substring(0, 4) + "-" + first.substring(4)),
                Nip.parse(birth + first + "1001", TODAY).cpnsStartMonth());
    }

    @Test
    void theIssuesExampleIsRejectedWithTheEighteenthBirthdayNamed() {
        assertEquals(
                "CPNS appointment month 198408 (effective 1984-08-01) is before the 18th birthday (1984-08-20)",
                rejection("196608201984081001"));
    }

    @Test
    void shouldAcceptAppointmentInTheMonthOfTheEighteenthBirthdayWhenItIsOnTheFirst() {
        assertEquals(
                YearMonth.of(1984, 8), Nip.parse("196608011984081001", TODAY).cpnsStartMonth());
    }

    @Test
    void shouldRejectAppointmentInTheFuture() {
        assertEquals("CPNS appointment month 202507 is in the future", rejection("199001012025071001"));
    }

    @Test
    void theCurrentMonthIsTheBusinessZonesAtTheFirstOfAMonthAt0659And0700Wib() {
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        // 2025-07-01 06:59 WIB is still 2025-06-30 in UTC; the business date is already 1 July
        Clock at0659 = Clock.fixed(Instant.parse("2025-06-30T23:59:00Z"), wib);
        Clock at0700 = Clock.fixed(Instant.parse("2025-07-01T00:00:00Z"), wib);
        for (Clock clock : new Clock[] {at0659, at0700}) {
            assertEquals(
                    YearMonth.of(2025, 7),
                    Nip.parse("199001012025071001", clock).cpnsStartMonth());
            assertEquals(
                    "CPNS appointment month 202508 is in the future",
                    assertThrows(InvalidNipException.class, () -> Nip.parse("199001012025081001", clock))
                            .getMessage());
        }
        // the same instant read in UTC (the server's zone) is still June: July would be "in the future"
        assertThrows(
                InvalidNipException.class,
                () -> Nip.parse(
                        "199001012025071001", Clock.fixed(Instant.parse("2025-06-30T23:59:00Z"), ZoneOffset.UTC)));
    }

    @Test
    void pppkNumbersGetTheSameChecksByDefaultNamingThePppkAppointment() {
        assertEquals(
                "PPPK appointment month 198408 (effective 1984-08-01) is before the 18th birthday (1984-08-20)",
                assertThrows(
                                InvalidNipException.class,
                                () -> Nip.parse("196608201984081001", TODAY, EmploymentType.PPPK, true))
                        .getMessage());
        assertEquals(
                "PPPK appointment month 202507 is in the future",
                assertThrows(
                                InvalidNipException.class,
                                () -> Nip.parse("199001012025071001", TODAY, EmploymentType.PPPK, true))
                        .getMessage());
        assertEquals(
                YearMonth.of(2021, 3),
                Nip.parse("198001012021032001", TODAY, EmploymentType.PPPK, true)
                        .serviceStartMonth());
    }

    @Test
    void withTheSettingOffPppkNumbersSkipOnlyTheAppointmentMonthChecks() {
        // the appointment month against the 18th birthday and today: not checked
        assertEquals(
                YearMonth.of(1984, 8),
                Nip.parse("196608201984081001", TODAY, EmploymentType.PPPK, false)
                        .serviceStartMonth());
        assertEquals(
                YearMonth.of(2025, 7),
                Nip.parse("199001012025071001", TODAY, EmploymentType.PPPK, false)
                        .serviceStartMonth());
        // the layout still is: calendar dates, month, gender digit, sequence
        for (String bad : new String[] {
            "196602301988031001", "196608011988131001", "196608011988033001", "196608011988031000", "19660801198803100"
        }) {
            assertThrows(InvalidNipException.class, () -> Nip.parse(bad, TODAY, EmploymentType.PPPK, false), bad);
        }
        // and PNS numbers keep every check whatever the PPPK setting
        assertThrows(
                InvalidNipException.class, () -> Nip.parse("196608201984081001", TODAY, EmploymentType.PNS, false));
    }

    @Test
    void shouldAcceptAppointmentInTheCurrentMonth() {
        assertEquals(
                YearMonth.of(2025, 6), Nip.parse("199001012025061001", TODAY).cpnsStartMonth());
    }

    @ParameterizedTest
    @CsvSource({"0", "3", "9"})
    void shouldRejectGenderDigitOtherThanOneOrTwo(String digit) {
        assertEquals(
                "gender digit " + digit + " must be 1 (male) or 2 (female)",
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
