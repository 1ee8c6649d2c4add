package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Job Person Match % (practice, attributed to BKN), two decimals HALF_UP.
 * Compensatory (default): Σ achieved / Σ required × 100, capped at 100.
 * Non-compensatory: Σ min(achieved, required) / Σ required × 100 (a surplus never offsets a deficit).
 */
public final class JobPersonMatch {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private JobPersonMatch() {}

    public static BigDecimal of(JpmFormula formula, List<CompetencyScore> scores) {
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("JPM needs at least one assessed competency");
        }
        BigDecimal required = sumRequired(scores);
        BigDecimal counted = counted(formula, scores);
        BigDecimal jpm = counted.multiply(HUNDRED).divide(required, 10, RoundingMode.HALF_UP);
        return jpm.min(HUNDRED).setScale(2, RoundingMode.HALF_UP);
    }

    public static BigDecimal sumRequired(List<CompetencyScore> scores) {
        return scores.stream().map(CompetencyScore::required).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The numerator the formula uses: Σ achieved, or Σ min(achieved, required). */
    public static BigDecimal counted(JpmFormula formula, List<CompetencyScore> scores) {
        return scores.stream()
                .map(s -> formula == JpmFormula.NON_COMPENSATORY ? s.achieved().min(s.required()) : s.achieved())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
