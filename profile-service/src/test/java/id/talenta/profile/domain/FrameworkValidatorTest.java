package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkValidatorTest {

    private static final FrameworkDefinition SEEDED = Frameworks.seededDefinition();

    @Test
    void theSeededFrameworkIsValidAndHasTheDomainDefaults() {
        assertEquals(List.of(), FrameworkValidator.validate(SEEDED));
        assertEquals(9, SEEDED.competencies().size());
        assertEquals(JobLevel.values().length, SEEDED.standard().size());
        Map<JobLevel, Integer> expected = Map.of(
                JobLevel.JPT_UTAMA,
                5,
                JobLevel.JPT_MADYA,
                5,
                JobLevel.JPT_PRATAMA,
                4,
                JobLevel.AHLI_UTAMA,
                4,
                JobLevel.ADMINISTRATOR,
                3,
                JobLevel.AHLI_MADYA,
                3,
                JobLevel.PENGAWAS,
                2,
                JobLevel.AHLI_MUDA,
                2,
                JobLevel.PENYELIA,
                2);
        for (JobLevel level : JobLevel.values()) {
            int required = expected.getOrDefault(level, 1);
            SEEDED.competencies()
                    .forEach(
                            c -> assertEquals(required, SEEDED.requiredLevel(level, c.code()), level + "/" + c.code()));
        }
        assertEquals(JpmFormula.COMPENSATORY, SEEDED.jpmPolicy().formula());
    }

    @Test
    void everyJobLevelMustHaveARequiredLevelForEveryCompetency() {
        Map<JobLevel, Map<String, Integer>> standard = new EnumMap<>(SEEDED.standard());
        standard.remove(JobLevel.PEMULA);
        Map<String, Integer> pengawas = new LinkedHashMap<>(standard.get(JobLevel.PENGAWAS));
        pengawas.put("INTEGRITAS", 6);
        pengawas.remove("KERJASAMA");
        pengawas.put("NOT_A_COMPETENCY", 2);
        standard.put(JobLevel.PENGAWAS, pengawas);
        List<String> fields = fields(new FrameworkDefinition(
                "x", SEEDED.competencies(), standard, SEEDED.jpmPolicy(), SEEDED.potentialPolicy()));
        assertTrue(
                fields.containsAll(List.of(
                        "standard.PEMULA",
                        "standard.PENGAWAS.INTEGRITAS",
                        "standard.PENGAWAS.KERJASAMA",
                        "standard.PENGAWAS.NOT_A_COMPETENCY")),
                fields.toString());
    }

    @Test
    void thresholdsMustBeOrderedAndWithinHundred() {
        JpmPolicy p = SEEDED.jpmPolicy();
        JpmPolicy bad = new JpmPolicy(
                p.formula(),
                new MappingThresholds(new BigDecimal("78"), new BigDecimal("90")),
                new SelectionThresholds(new BigDecimal("101"), new BigDecimal("68")),
                p.developmentBands());
        PotentialPolicy badPotential = new PotentialPolicy(
                BigDecimal.ZERO, BigDecimal.ZERO, new PotentialThresholds(new BigDecimal("78"), new BigDecimal("78")));
        List<String> fields =
                fields(new FrameworkDefinition("x", SEEDED.competencies(), SEEDED.standard(), bad, badPotential));
        assertTrue(
                fields.containsAll(List.of(
                        "jpmPolicy.mappingThresholds.cukupOptimal",
                        "jpmPolicy.selectionThresholds.memenuhiSyarat",
                        "potentialPolicy",
                        "potentialPolicy.thresholds.menengah")),
                fields.toString());
    }

    @Test
    void developmentBandsMustGoFromSmallToLargeGapsAndEndWithTheCatchAll() {
        JpmPolicy p = SEEDED.jpmPolicy();
        List<DevelopmentBand> bands = List.of(
                new DevelopmentBand(new BigDecimal("-1"), DevelopmentRecommendation.TRAINING),
                new DevelopmentBand(new BigDecimal("-0.5"), DevelopmentRecommendation.COACHING_MENTORING),
                new DevelopmentBand(new BigDecimal("-3"), DevelopmentRecommendation.ROTATION));
        List<String> fields = fields(new FrameworkDefinition(
                "x",
                SEEDED.competencies(),
                SEEDED.standard(),
                new JpmPolicy(p.formula(), p.mappingThresholds(), p.selectionThresholds(), bands),
                SEEDED.potentialPolicy()));
        assertEquals(List.of("jpmPolicy.developmentBands[1].minGap", "jpmPolicy.developmentBands[2].minGap"), fields);
    }

    @Test
    void competenciesNeedUniqueCodesAndFiveLevelDescriptors() {
        List<CompetencyDefinition> competencies = new ArrayList<>(SEEDED.competencies());
        CompetencyDefinition first = competencies.get(0);
        competencies.add(first);
        competencies.add(new CompetencyDefinition("lower case", "", null, "", List.of(new LevelDescriptor(1, "x"))));
        List<String> fields = fields(new FrameworkDefinition(
                " ", competencies, SEEDED.standard(), SEEDED.jpmPolicy(), SEEDED.potentialPolicy()));
        assertTrue(
                fields.containsAll(List.of(
                        "name",
                        "competencies[9].code",
                        "competencies[10].code",
                        "competencies[10].name",
                        "competencies[10].type",
                        "competencies[10].levels")),
                fields.toString());
    }

    private static List<String> fields(FrameworkDefinition definition) {
        return FrameworkValidator.validate(definition).stream()
                .map(FrameworkValidator.Violation::field)
                .toList();
    }
}
