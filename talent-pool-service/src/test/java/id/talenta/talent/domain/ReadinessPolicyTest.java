package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadinessPolicyTest {

    static final ReadinessPolicy POLICY = SeededPolicies.readiness();

    @ParameterizedTest(name = "box {0}, fit {1} -> {2}")
    @CsvSource({
        "9, 100, READY_NOW",
        "9, 90, READY_NOW",
        "8, 90, READY_NOW",
        "9, 89.99, READY_1_2_YEARS",
        "7, 95, READY_1_2_YEARS",
        "7, 78, READY_1_2_YEARS",
        "8, 78, READY_1_2_YEARS",
        "7, 77.99, READY_3_PLUS_YEARS",
        "5, 100, READY_3_PLUS_YEARS",
        "6, 68, READY_3_PLUS_YEARS",
        "9, 68, READY_3_PLUS_YEARS",
        "9, 67.99, NOT_READY",
        "4, 100, NOT_READY",
        "3, 95, NOT_READY",
        "2, 95, NOT_READY",
        "1, 100, NOT_READY",
        "5, 0, NOT_READY"
    })
    void shouldApplyTheDomainLookupAtEveryBoundary(int box, double fit, Readiness expected) {
        ReadinessPolicy.Assessment a = POLICY.assess(box, fit, 1);
        assertEquals(expected, a.readiness());
        assertEquals(expected.code(), a.rule());
        assertTrue(a.explanation().contains("policy v1"), a.explanation());
    }

    @Test
    void shouldNotBeReadyWithoutPlacementOrTargetFitAndNameWhy() {
        assertEquals("NO_PLACEMENT", POLICY.assess(null, 95.0, 1).rule());
        assertEquals(Readiness.of("NOT_READY"), POLICY.assess(null, 95.0, 1).readiness());
        assertEquals("NO_TARGET_FIT", POLICY.assess(9, null, 1).rule());
        assertEquals(Readiness.of("NOT_READY"), POLICY.assess(9, null, 1).readiness());
    }

    @Test
    void shouldNameTheRuleThatFiredInTheExplanation() {
        String why = POLICY.assess(8, 91.5, 4).explanation();
        assertTrue(why.contains("rule 1"), why);
        assertTrue(why.contains("box 8"), why);
        assertTrue(why.contains("91.5"), why);
        assertTrue(why.contains("v4"), why);
    }

    @Property
    void readinessNeverWorsensWhenFitRises(
            @ForAll @IntRange(min = 1, max = 9) int box,
            @ForAll @DoubleRange(min = 0, max = 100) double fit,
            @ForAll @DoubleRange(min = 0, max = 20) double more) {
        Readiness lower = POLICY.assess(box, fit, 1).readiness();
        Readiness higher = POLICY.assess(box, Math.min(100, fit + more), 1).readiness();
        assertTrue(POLICY.orderOf(higher) <= POLICY.orderOf(lower));
    }

    @Test
    void shouldAcceptTheSeededPolicyAndRejectBrokenRules() {
        assertTrue(POLICY.violations().isEmpty());
        ReadinessPolicy bad = new ReadinessPolicy(
                List.of(new ReadinessPolicy.Rule(Readiness.of("NOT_READY"), Set.of(10), 120.0)),
                Map.of(),
                true,
                -1,
                new ReadinessPolicy.VacancyRiskThresholds(24, 12),
                null);
        assertEquals(
                List.of(
                        "rules[0].readiness",
                        "rules[0].boxes",
                        "rules[0].minTargetFit",
                        "retirementExclusionMonths",
                        "vacancyRisk",
                        "candidateScope"),
                bad.violations().stream().map(v -> v[0]).toList());
    }

    @Test
    void shouldRejectEmptyRuleList() {
        ReadinessPolicy bad = new ReadinessPolicy(
                List.of(), POLICY.feederLevels(), true, 12, POLICY.vacancyRisk(), CandidateScope.ORGANISATION);
        assertEquals(List.of("rules"), bad.violations().stream().map(v -> v[0]).toList());
    }

    @Test
    void theLevelsAreDataAndTheFallbackAppliesWhenNoRuleMatches() {
        ReadinessPolicy agency = new ReadinessPolicy(
                List.of(new ReadinessPolicy.Rule(Readiness.of("SIAP"), Set.of(8, 9), 85.0)),
                POLICY.feederLevels(),
                true,
                12,
                POLICY.vacancyRisk(),
                CandidateScope.ORGANISATION,
                AutomaticCandidates.TALENT_POOL,
                ExpiredAssessments.NO_AUTOMATIC_CANDIDACY,
                List.of(new ReadinessLevel("SIAP", 1, "Siap"), new ReadinessLevel("BELUM", 2, "Belum siap")),
                Readiness.of("BELUM"));
        assertEquals(List.of(), agency.violations());
        assertEquals(Readiness.of("SIAP"), agency.assess(9, 90.0, 2).readiness());
        ReadinessPolicy.Assessment none = agency.assess(7, 90.0, 2);
        assertEquals(Readiness.of("BELUM"), none.readiness());
        assertTrue(none.explanation().endsWith("so BELUM."), none.explanation());
        assertEquals(Readiness.of("BELUM"), agency.assess(null, null, 2).readiness());
    }

    @Test
    void brokenLevelsAreNamed() {
        ReadinessPolicy bad = new ReadinessPolicy(
                POLICY.rules(),
                POLICY.feederLevels(),
                true,
                12,
                POLICY.vacancyRisk(),
                CandidateScope.ORGANISATION,
                AutomaticCandidates.TALENT_POOL,
                ExpiredAssessments.NO_AUTOMATIC_CANDIDACY,
                List.of(
                        new ReadinessLevel("INELIGIBLE", 1, "x"),
                        new ReadinessLevel("ready now", 1, " "),
                        new ReadinessLevel("READY_NOW", 0, "Siap")),
                Readiness.of("NOT_READY"));
        List<String> fields = bad.violations().stream().map(v -> v[0]).toList();
        assertTrue(
                fields.containsAll(List.of(
                        "levels[0].code",
                        "levels[1].code",
                        "levels[1].order",
                        "levels[1].label",
                        "levels[2].order",
                        "fallback",
                        "rules[1].readiness")),
                fields.toString());
    }
}
