package id.talenta.profile.domain;

import static id.talenta.profile.domain.Frameworks.scores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class JobPersonMatchTest {

    @Test
    void compensatoryJpmIsSumAchievedOverSumRequired() {
        // (2.5 + 3 + 3.5) / (3 + 3 + 3) = 9 / 9
        assertEquals(
                new BigDecimal("100.00"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("3/2.5", "3/3", "3/3.5")));
        // (2 + 3) / (3 + 3) = 83.333...
        assertEquals(new BigDecimal("83.33"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("3/2", "3/3")));
    }

    @Test
    void compensatoryJpmIsCappedAtHundred() {
        assertEquals(new BigDecimal("100.00"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("1/5", "1/4")));
    }

    @Test
    void nonCompensatoryJpmDoesNotLetASurplusOffsetADeficit() {
        // min(2.5,3) + min(3.5,3) = 5.5 / 6 = 91.666...
        assertEquals(new BigDecimal("91.67"), JobPersonMatch.of(JpmFormula.NON_COMPENSATORY, scores("3/2.5", "3/3.5")));
        assertEquals(new BigDecimal("100.00"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("3/2.5", "3/3.5")));
    }

    @Test
    void jpmIsRoundedHalfUpToTwoDecimals() {
        // 1.01 / 3 = 33.666... → 33.67
        assertEquals(new BigDecimal("33.67"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("3/1.01")));
        // 4.33 / 8 = 54.125 → 54.13 (half up, not half even)
        assertEquals(new BigDecimal("54.13"), JobPersonMatch.of(JpmFormula.COMPENSATORY, scores("4/2.33", "4/2")));
    }

    @Test
    void jpmNeedsAtLeastOneCompetency() {
        assertThrows(IllegalArgumentException.class, () -> JobPersonMatch.of(JpmFormula.COMPENSATORY, List.of()));
    }

    @Property
    void jpmIsAlwaysBetweenTwentyAndHundred(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 100, max = 500) Integer> achieved,
            @ForAll @IntRange(min = 1, max = 5) int required) {
        for (JpmFormula formula : JpmFormula.values()) {
            BigDecimal jpm = JobPersonMatch.of(formula, scoresOf(achieved, required));
            assertTrue(
                    jpm.compareTo(BigDecimal.valueOf(20)) >= 0 && jpm.compareTo(BigDecimal.valueOf(100)) <= 0,
                    formula + " gave " + jpm);
            assertEquals(2, jpm.scale());
        }
    }

    @Property
    void nonCompensatoryIsNeverAboveCompensatory(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 100, max = 500) Integer> achieved,
            @ForAll @IntRange(min = 1, max = 5) int required) {
        List<CompetencyScore> scores = scoresOf(achieved, required);
        assertTrue(JobPersonMatch.of(JpmFormula.NON_COMPENSATORY, scores)
                        .compareTo(JobPersonMatch.of(JpmFormula.COMPENSATORY, scores))
                <= 0);
    }

    private static List<CompetencyScore> scoresOf(List<Integer> hundredths, int required) {
        List<String> pairs = new ArrayList<>();
        hundredths.forEach(
                h -> pairs.add(required + "/" + BigDecimal.valueOf(h, 2).toPlainString()));
        return scores(pairs.toArray(String[]::new));
    }
}
