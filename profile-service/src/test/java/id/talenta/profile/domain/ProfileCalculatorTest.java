package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileCalculatorTest {

    private static final CompetencyFramework V1 = Frameworks.seeded();

    @Test
    void administratorMeetingEveryStandardIsOptimalWithoutDevelopmentNeeds() {
        ProfileComputation p = ProfileCalculator.compute(V1, JobLevel.ADMINISTRATOR, "REPLICA", Frameworks.allAt("3"));
        assertEquals(9, p.competencies().size());
        assertTrue(p.competencies().stream().allMatch(c -> c.meets() && c.gap().signum() == 0));
        assertEquals(new BigDecimal("100.00"), p.jpm());
        assertEquals(MappingCategory.OPTIMAL, p.mappingCategory());
        assertEquals(SelectionCategory.MEMENUHI_SYARAT, p.selectionCategory());
        assertTrue(p.developmentNeeds().isEmpty());
        assertEquals(new BigDecimal("100.00"), p.potential().score());
    }

    @Test
    void gapsBecomeDevelopmentNeedsWithTheirRecommendation() {
        AssessmentInput input = input("INTEGRITAS=2.5", "KERJASAMA=2", "KOMUNIKASI=1", "ORIENTASI_HASIL=3.5");
        ProfileComputation p = ProfileCalculator.compute(V1, JobLevel.ADMINISTRATOR, "EVENT", input);
        // (2.5 + 2 + 1 + 3.5) / 12 = 75.00
        assertEquals(new BigDecimal("75.00"), p.jpm());
        assertEquals(MappingCategory.KURANG_OPTIMAL, p.mappingCategory());
        assertEquals(SelectionCategory.MASIH_MEMENUHI_SYARAT, p.selectionCategory());
        assertEquals(
                List.of(
                        new DevelopmentNeed(
                                "INTEGRITAS",
                                new BigDecimal("-0.50"),
                                DevelopmentRecommendation.JOB_ENRICHMENT,
                                "-0.5 ≤ gap < 0"),
                        new DevelopmentNeed(
                                "KERJASAMA",
                                new BigDecimal("-1.00"),
                                DevelopmentRecommendation.COACHING_MENTORING,
                                "-1.0 ≤ gap < -0.5"),
                        new DevelopmentNeed(
                                "KOMUNIKASI",
                                new BigDecimal("-2.00"),
                                DevelopmentRecommendation.TRAINING,
                                "-2.0 ≤ gap < -1.0")),
                p.developmentNeeds());
        assertEquals("KURANG_OPTIMAL: JPM 75.00 < 78", p.explanation().mappingRule());
        assertEquals(
                "MASIH_MEMENUHI_SYARAT: JPM 75.00 ≥ 68 and < 80",
                p.explanation().selectionRule());
        assertEquals("RENDAH: potential 75.00 < 78", p.explanation().potentialRule());
    }

    @Test
    void competenciesNotAssessedAreLeftOutOfTheJpmAndNamedInTheExplanation() {
        ProfileComputation p = ProfileCalculator.compute(
                V1, JobLevel.PENGAWAS, "REPLICA", input("INTEGRITAS=2", "KERJASAMA=1", "UNKNOWN_THING=5"));
        assertEquals(2, p.competencies().size());
        assertEquals(new BigDecimal("75.00"), p.jpm());
        assertEquals(7, p.explanation().notAssessed().size());
        assertEquals(List.of("UNKNOWN_THING"), p.explanation().ignoredCompetencies());
    }

    @Test
    void aResultWithNoFrameworkCompetencyCannotBeComputed() {
        assertThrows(
                UnusableResultException.class,
                () -> ProfileCalculator.compute(V1, JobLevel.PENGAWAS, "EVENT", input("SOMETHING_ELSE=3")));
        assertThrows(
                UnusableResultException.class,
                () -> ProfileCalculator.compute(V1, JobLevel.PENGAWAS, "EVENT", input("INTEGRITAS=3", "INTEGRITAS=2")));
    }

    @Test
    void technicalCompetenciesCountInTheJpmWithTheirType() {
        CompetencyFramework withTech = Frameworks.withTechnical("PENGADAAN", 4);
        List<String> levels = new ArrayList<>();
        Frameworks.seededDefinition().competencies().forEach(c -> levels.add(c.code() + "=3"));
        levels.add("PENGADAAN=2");
        ProfileComputation p = ProfileCalculator.compute(
                withTech, JobLevel.ADMINISTRATOR, "REPLICA", input(levels.toArray(String[]::new)));
        CompetencyScore tech = p.competencies().get(9);
        assertEquals(CompetencyType.TECHNICAL, tech.type());
        assertEquals(new BigDecimal("-2.00"), tech.gap());
        // (27 + 2) / (27 + 4) = 93.548...
        assertEquals(new BigDecimal("93.55"), p.jpm());
        assertEquals(1, p.developmentNeeds().size());
    }

    @Test
    void nonCompensatoryFrameworkIgnoresSurpluses() {
        AssessmentInput input = input("INTEGRITAS=4", "KERJASAMA=2");
        assertEquals(
                new BigDecimal("100.00"),
                ProfileCalculator.compute(V1, JobLevel.ADMINISTRATOR, "EVENT", input)
                        .jpm());
        ProfileComputation strict = ProfileCalculator.compute(
                Frameworks.withFormula(JpmFormula.NON_COMPENSATORY), JobLevel.ADMINISTRATOR, "EVENT", input);
        assertEquals(new BigDecimal("83.33"), strict.jpm());
        assertTrue(strict.explanation().summary().contains("non-compensatory"));
    }

    @Test
    void fitIsComputedAgainstEveryJobLevel() {
        ProfileComputation p = ProfileCalculator.compute(V1, JobLevel.PENGAWAS, "REPLICA", Frameworks.allAt("3"));
        assertEquals(JobLevel.values().length, p.fitByJobLevel().size());
        assertEquals(new BigDecimal("60.00"), p.fitByJobLevel().get(JobLevel.JPT_UTAMA));
        assertEquals(new BigDecimal("75.00"), p.fitByJobLevel().get(JobLevel.JPT_PRATAMA));
        assertEquals(new BigDecimal("100.00"), p.fitByJobLevel().get(JobLevel.ADMINISTRATOR));
        assertEquals(new BigDecimal("100.00"), p.fitByJobLevel().get(JobLevel.PELAKSANA));
        assertEquals(
                p.fitByJobLevel().get(JobLevel.JPT_PRATAMA),
                ProfileCalculator.compute(V1, JobLevel.JPT_PRATAMA, "REQUESTED", Frameworks.allAt("3"))
                        .jpm());
    }

    @Test
    void explanationStatesFrameworkFormulaInputsAndThresholds() {
        AssessmentInput input = new AssessmentInput(
                Frameworks.allAt("2.5").competencies(),
                List.of(
                        new AssessmentInput.AspectScore("GRIT", new BigDecimal("4")),
                        new AssessmentInput.AspectScore("GROWTH_MINDSET", new BigDecimal("3"))));
        ProfileComputation p = ProfileCalculator.compute(V1, JobLevel.ADMINISTRATOR, "REPLICA", input);
        Explanation e = p.explanation();
        assertEquals(1, e.frameworkVersion());
        assertEquals(JpmFormula.COMPENSATORY, e.formula());
        assertEquals(new BigDecimal("22.50"), e.sumAchievedCounted());
        assertEquals(new BigDecimal("27.00"), e.sumRequired());
        assertEquals(new BigDecimal("3.50"), e.potentialAspectMean());
        // JPM 83.33, assessment 70.00 → potential 76.67 (rounded half up from 76.665)
        assertEquals(new BigDecimal("76.67"), p.potential().score());
        assertTrue(e.summary().contains("framework v1"), e.summary());
        assertTrue(e.summary().contains("JPM 83.33%"), e.summary());
        assertTrue(e.summary().contains("CUKUP_OPTIMAL ≥ 78"), e.summary());
        assertTrue(e.summary().contains("RENDAH"), e.summary());
    }

    @Test
    void fingerprintChangesWithTheOutcomeOnly() {
        ProfileComputation a = ProfileCalculator.compute(V1, JobLevel.ADMINISTRATOR, "REPLICA", Frameworks.allAt("3"));
        ProfileComputation sameOutcomeOtherVersion = ProfileCalculator.compute(
                Frameworks.withFormula(JpmFormula.COMPENSATORY),
                JobLevel.ADMINISTRATOR,
                "PROFILE",
                Frameworks.allAt("3"));
        assertEquals(a.fingerprint(), sameOutcomeOtherVersion.fingerprint());
        assertNotEquals(
                a.fingerprint(),
                ProfileCalculator.compute(V1, JobLevel.JPT_PRATAMA, "REPLICA", Frameworks.allAt("3"))
                        .fingerprint());
        assertFalse(a.fingerprint().isBlank());
    }

    /** "CODE=level"; "0.5+" style is not used by the platform, so "KOMUNIKASI=1" means 1.0 here. */
    private static AssessmentInput input(String... levels) {
        List<AssessmentInput.AchievedLevel> list = new ArrayList<>();
        for (String l : levels) {
            String[] p = l.split("=");
            list.add(new AssessmentInput.AchievedLevel(p[0], new BigDecimal(p[1])));
        }
        return new AssessmentInput(list, null);
    }
}
