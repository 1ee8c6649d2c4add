package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VacancyRiskTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final ReadinessPolicy.VacancyRiskThresholds DEFAULT = SeededPolicies.readiness().vacancyRisk();
    static final UUID INCUMBENT = UUID.randomUUID();

    @Test
    void shouldBeNoneWhenVacantAndUnknownWithoutRetirementDate() {
        assertEquals(VacancyRisk.NONE, VacancyRisk.of(null, null, TODAY, DEFAULT));
        assertEquals(VacancyRisk.UNKNOWN, VacancyRisk.of(INCUMBENT, null, TODAY, DEFAULT));
    }

    @Test
    void shouldGradeByMonthsUntilRetirementAtTheBoundaries() {
        assertEquals(VacancyRisk.HIGH, VacancyRisk.of(INCUMBENT, TODAY.minusDays(1), TODAY, DEFAULT));
        assertEquals(VacancyRisk.HIGH, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(12), TODAY, DEFAULT));
        assertEquals(VacancyRisk.MEDIUM, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(12).plusDays(1), TODAY, DEFAULT));
        assertEquals(VacancyRisk.MEDIUM, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(24), TODAY, DEFAULT));
        assertEquals(VacancyRisk.LOW, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(24).plusDays(1), TODAY, DEFAULT));
    }
}
