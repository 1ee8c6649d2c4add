package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RetirementRuleTest {

    @Test
    void shouldRetireOnTheFirstDayOfTheMonthAfterReachingTheAge() {
        assertEquals(LocalDate.of(2024, 9, 1), RetirementRule.retirementDate(LocalDate.of(1966, 8, 1), 58));
        assertEquals(LocalDate.of(2026, 9, 1), RetirementRule.retirementDate(LocalDate.of(1966, 8, 31), 60));
    }

    @Test
    void shouldRollOverTheYearForDecemberBirthdays() {
        assertEquals(LocalDate.of(2032, 1, 1), RetirementRule.retirementDate(LocalDate.of(1966, 12, 15), 65));
    }

    @Test
    void shouldHandleLeapDayBirthdays() {
        assertEquals(LocalDate.of(2022, 3, 1), RetirementRule.retirementDate(LocalDate.of(1964, 2, 29), 58));
    }

    @Test
    void shouldCountAgeInCompletedYears() {
        assertEquals(58, RetirementRule.ageOn(LocalDate.of(1966, 8, 1), LocalDate.of(2025, 7, 31)));
        assertEquals(59, RetirementRule.ageOn(LocalDate.of(1966, 8, 1), LocalDate.of(2025, 8, 1)));
    }
}
