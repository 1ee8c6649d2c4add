package id.talenta.profile.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PotentialScoreTest {

    private static final PotentialPolicy DEFAULT = Frameworks.seededDefinition().potentialPolicy();

    @Test
    void withoutPotentialAssessmentTheScoreIsTheJpmAlone() {
        Potential p = PotentialScore.of(DEFAULT, new BigDecimal("85.50"), null);
        assertEquals(new BigDecimal("85.50"), p.score());
        assertEquals(PotentialCategory.MENENGAH, p.category());
        assertNull(p.assessmentComponent());
        assertEquals(p, PotentialScore.of(DEFAULT, new BigDecimal("85.50"), List.of()));
    }

    @Test
    void scoreIsTheFiftyFiftyMeanOfJpmAndAspectMeanOverFive() {
        // aspects mean 3.75 → 75.00; (85.50 + 75.00) / 2 = 80.25
        Potential p =
                PotentialScore.of(DEFAULT, new BigDecimal("85.50"), aspects("4", "4", "3", "4", "4", "4", "3", "4"));
        assertEquals(new BigDecimal("75.00"), p.assessmentComponent());
        assertEquals(new BigDecimal("80.25"), p.score());
        assertEquals(new BigDecimal("3.75"), p.aspectMean());
        assertEquals(PotentialCategory.MENENGAH, p.category());
    }

    @Test
    void weightsComeFromThePolicy() {
        PotentialPolicy seventyThirty =
                new PotentialPolicy(new BigDecimal("70"), new BigDecimal("30"), DEFAULT.thresholds());
        // 0.7 × 100 + 0.3 × 60 = 88.00
        Potential p = PotentialScore.of(seventyThirty, new BigDecimal("100.00"), aspects("3"));
        assertEquals(new BigDecimal("88.00"), p.score());
    }

    @Test
    void topScoresAreTinggiAndTheScoreIsRoundedHalfUp() {
        assertEquals(
                PotentialCategory.TINGGI,
                PotentialScore.of(DEFAULT, new BigDecimal("100.00"), aspects("4", "5"))
                        .category());
        // mean 13/3 = 4.333.. → 86.67 ; (90.01 + 86.67) / 2 = 88.34
        assertEquals(
                new BigDecimal("88.34"),
                PotentialScore.of(DEFAULT, new BigDecimal("90.01"), aspects("4", "4", "5"))
                        .score());
    }

    private static List<BigDecimal> aspects(String... scores) {
        return java.util.Arrays.stream(scores).map(BigDecimal::new).toList();
    }
}
