package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CategoriesTest {

    private static final JpmPolicy POLICY = Frameworks.seededDefinition().jpmPolicy();
    private static final PotentialPolicy POTENTIAL =
            Frameworks.seededDefinition().potentialPolicy();

    @ParameterizedTest(name = "JPM {0} maps to {1}")
    @CsvSource({
        "100.00,OPTIMAL",
        "90.00,OPTIMAL",
        "89.99,CUKUP_OPTIMAL",
        "78.00,CUKUP_OPTIMAL",
        "77.99,KURANG_OPTIMAL",
        "0.00,KURANG_OPTIMAL"
    })
    void mappingCategoryBoundariesAre90And78(String jpm, MappingCategory expected) {
        assertEquals(expected, POLICY.mappingThresholds().categorise(new BigDecimal(jpm)));
    }

    @ParameterizedTest(name = "JPM {0} selects as {1}")
    @CsvSource({
        "100.00,MEMENUHI_SYARAT",
        "80.00,MEMENUHI_SYARAT",
        "79.99,MASIH_MEMENUHI_SYARAT",
        "68.00,MASIH_MEMENUHI_SYARAT",
        "67.99,KURANG_MEMENUHI_SYARAT",
        "0,KURANG_MEMENUHI_SYARAT"
    })
    void selectionCategoryBoundariesAre80And68(String jpm, SelectionCategory expected) {
        assertEquals(expected, POLICY.selectionThresholds().categorise(new BigDecimal(jpm)));
    }

    @ParameterizedTest(name = "potential {0} is {1}")
    @CsvSource({"100,TINGGI", "90.00,TINGGI", "89.99,MENENGAH", "78,MENENGAH", "77.99,RENDAH", "20,RENDAH"})
    void potentialCategoryBoundariesAre90And78(String score, PotentialCategory expected) {
        assertEquals(expected, POTENTIAL.thresholds().categorise(new BigDecimal(score)));
    }

    @ParameterizedTest(name = "gap {0} recommends {1}")
    @CsvSource({
        "-0.01,JOB_ENRICHMENT",
        "-0.50,JOB_ENRICHMENT",
        "-0.51,COACHING_MENTORING",
        "-1.00,COACHING_MENTORING",
        "-1.01,TRAINING",
        "-2.00,TRAINING",
        "-2.01,ROTATION",
        "-4.00,ROTATION"
    })
    void developmentRecommendationFollowsTheGapBands(String gap, DevelopmentRecommendation expected) {
        assertEquals(expected, DevelopmentBands.recommend(POLICY.developmentBands(), new BigDecimal(gap)));
    }

    @org.junit.jupiter.api.Test
    void aMetStandardNeedsNoDevelopment() {
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class,
                () -> DevelopmentBands.recommend(POLICY.developmentBands(), BigDecimal.ZERO));
    }

    @ParameterizedTest(name = "JPM {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "90.00|OPTIMAL: JPM 90.00 ≥ 90",
                "89.99|CUKUP_OPTIMAL: JPM 89.99 ≥ 78 and < 90",
                "78.00|CUKUP_OPTIMAL: JPM 78.00 ≥ 78 and < 90",
                "77.99|KURANG_OPTIMAL: JPM 77.99 < 78"
            })
    void theMappingExplanationNamesTheRuleThatFired(String jpm, String rule) {
        assertEquals(rule, POLICY.mappingThresholds().rule(new BigDecimal(jpm)));
    }

    @ParameterizedTest(name = "JPM {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "80.00|MEMENUHI_SYARAT: JPM 80.00 ≥ 80",
                "79.99|MASIH_MEMENUHI_SYARAT: JPM 79.99 ≥ 68 and < 80",
                "67.99|KURANG_MEMENUHI_SYARAT: JPM 67.99 < 68"
            })
    void theSelectionExplanationNamesTheRuleThatFired(String jpm, String rule) {
        assertEquals(rule, POLICY.selectionThresholds().rule(new BigDecimal(jpm)));
    }

    @ParameterizedTest(name = "potential {0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "90.00|TINGGI: potential 90.00 ≥ 90",
                "89.99|MENENGAH: potential 89.99 ≥ 78 and < 90",
                "77.99|RENDAH: potential 77.99 < 78"
            })
    void thePotentialExplanationNamesTheRuleThatFired(String score, String rule) {
        assertEquals(rule, POTENTIAL.thresholds().rule(new BigDecimal(score)));
    }

    @ParameterizedTest(name = "gap {0} is in band {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "-0.01|-0.5 ≤ gap < 0|JOB_ENRICHMENT",
                "-0.50|-0.5 ≤ gap < 0|JOB_ENRICHMENT",
                "-0.51|-1.0 ≤ gap < -0.5|COACHING_MENTORING",
                "-1.00|-1.0 ≤ gap < -0.5|COACHING_MENTORING",
                "-1.01|-2.0 ≤ gap < -1.0|TRAINING",
                "-2.01|gap < -2.0|ROTATION"
            })
    void aDevelopmentNeedNamesTheGapBandUsed(String gap, String band, DevelopmentRecommendation recommendation) {
        DevelopmentNeed need = DevelopmentBands.need(POLICY.developmentBands(), "INTEGRITAS", new BigDecimal(gap));
        assertEquals(band, need.band());
        assertEquals(recommendation, need.recommendation());
        assertEquals(new BigDecimal(gap), need.gap());
    }
}
