package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class VacancyRiskTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final ReadinessPolicy.VacancyRiskThresholds DEFAULT =
            SeededPolicies.readiness().vacancyRisk();
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
        assertEquals(
                VacancyRisk.MEDIUM,
                VacancyRisk.of(INCUMBENT, TODAY.plusMonths(12).plusDays(1), TODAY, DEFAULT));
        assertEquals(VacancyRisk.MEDIUM, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(24), TODAY, DEFAULT));
        assertEquals(
                VacancyRisk.LOW, VacancyRisk.of(INCUMBENT, TODAY.plusMonths(24).plusDays(1), TODAY, DEFAULT));
    }

    @Test
    void todayIsTheBusinessDateOnTheFirstOfAMonthAt0659And0700Wib() {
        ZoneId wib = ZoneId.of("Asia/Jakarta");
        LocalDate retirement = LocalDate.of(2027, 12, 1);
        Instant at0659 = Instant.parse("2026-11-30T23:59:00Z"); // 2026-12-01 06:59 WIB
        Instant at0700 = Instant.parse("2026-12-01T00:00:00Z"); // 2026-12-01 07:00 WIB
        for (Instant now : new Instant[] {at0659, at0700}) {
            LocalDate today = LocalDate.now(Clock.fixed(now, wib));
            assertEquals(LocalDate.of(2026, 12, 1), today);
            // retires exactly 12 months after the business date: inside the HIGH window
            assertEquals(VacancyRisk.HIGH, VacancyRisk.of(INCUMBENT, retirement, today, DEFAULT), now.toString());
        }
        // with the server's UTC date, 06:59 WIB would still be 30 November and the risk one grade lower
        assertEquals(
                VacancyRisk.MEDIUM,
                VacancyRisk.of(INCUMBENT, retirement, LocalDate.now(Clock.fixed(at0659, ZoneOffset.UTC)), DEFAULT));
    }
}
