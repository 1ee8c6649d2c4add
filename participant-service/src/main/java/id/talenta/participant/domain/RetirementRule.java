package id.talenta.participant.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * Retirement (BUP, PP 11/2017 art. 239): the person retires on the first day of the month after the month in
 * which they reach their retirement age. The age itself depends on the job level and is reference data.
 */
public final class RetirementRule {

    private RetirementRule() {}

    public static LocalDate retirementDate(LocalDate birthDate, int retirementAge) {
        return birthDate.plusYears(retirementAge).withDayOfMonth(1).plusMonths(1);
    }

    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }
}
