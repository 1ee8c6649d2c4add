package id.talenta.participant.domain;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A civil servant number (NIP, Perka BKN 22/2007): {@code YYYYMMDD} birth date, {@code YYYYMM} first CPNS
 * appointment, {@code 1} male / {@code 2} female, 3-digit sequence {@code 001}–{@code 999}. PPPK numbers (NI PPPK)
 * have the same layout with the PPPK appointment in place of the CPNS one; by default they get the same checks
 * (docs/domain.md: the exact layout is unconfirmed), and an agency can turn the appointment-month checks off for them
 * ({@code talenta.participants.pppk-appointment-checks}). {@code cpnsStartMonth} is the appointment month the number
 * names: the CPNS start for PNS, the PPPK appointment for PPPK ({@link #serviceStartMonth()}, the neutral name).
 */
public record Nip(String value, LocalDate birthDate, YearMonth cpnsStartMonth, Gender gender, int sequence) {

    public static final int LENGTH = 18;

    /** The appointment month the number names, whatever the employment type. */
    public YearMonth serviceStartMonth() {
        return cpnsStartMonth;
    }

    /** Parses and validates a PNS number (every check). */
    public static Nip parse(String raw, Clock clock) {
        return parse(raw, clock, EmploymentType.PNS, true);
    }

    /**
     * Parses and validates every part; the message of the exception names the part that is wrong. For PPPK
     * numbers the appointment is the PPPK one, and {@code pppkAppointmentChecks} false skips the checks of the
     * appointment month against the 18th birthday and today (it must still be a calendar month).
     */
    public static Nip parse(String raw, Clock clock, EmploymentType type, boolean pppkAppointmentChecks) {
        boolean pppk = type == EmploymentType.PPPK;
        String appointmentName = pppk ? "PPPK appointment month " : "CPNS appointment month ";
        if (raw == null || raw.isBlank()) {
            throw new InvalidNipException("NIP is required");
        }
        String s = raw.trim();
        if (s.length() != LENGTH || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidNipException("NIP must be exactly 18 digits, got \"" + abbreviate(s) + "\"");
        }
        String birth = s.substring(0, 8);
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(num(birth, 0, 4), num(birth, 4, 6), num(birth, 6, 8));
        } catch (DateTimeException e) {
            throw new InvalidNipException("birth date " + birth + " is not a calendar date");
        }
        String appointment = s.substring(8, 14);
        int month = num(appointment, 4, 6);
        if (month < 1 || month > 12 || num(appointment, 0, 4) < 1) {
            throw new InvalidNipException(appointmentName + appointment + " is not a calendar month");
        }
        YearMonth cpns = YearMonth.of(num(appointment, 0, 4), month);
        // An appointment takes effect on the first of its month (TMT CPNS), which must not be before the 18th
        // birthday: born 1966-08-20, appointed 1984-08 (effective 1984-08-01) is still seventeen.
        boolean appointmentChecks = !pppk || pppkAppointmentChecks;
        LocalDate eighteenthBirthday = birthDate.plusYears(18);
        if (appointmentChecks && cpns.atDay(1).isBefore(eighteenthBirthday)) {
            throw new InvalidNipException(appointmentName + appointment + " (effective " + cpns.atDay(1)
                    + ") is before the 18th birthday (" + eighteenthBirthday + ")");
        }
        // "Not in the future" is judged in the business time zone of the clock (BusinessClock).
        if (appointmentChecks && cpns.isAfter(YearMonth.now(clock))) {
            throw new InvalidNipException(appointmentName + appointment + " is in the future");
        }
        char g = s.charAt(14);
        if (g != '1' && g != '2') {
            throw new InvalidNipException("gender digit " + g + " must be 1 (male) or 2 (female)");
        }
        int sequence = num(s, 15, 18);
        if (sequence == 0) {
            throw new InvalidNipException("sequence 000 must be between 001 and 999");
        }
        return new Nip(s, birthDate, cpns, g == '1' ? Gender.MALE : Gender.FEMALE, sequence);
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s.substring(from, to));
    }

    private static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }

    @Override
    public String toString() {
        return value;
    }
}
