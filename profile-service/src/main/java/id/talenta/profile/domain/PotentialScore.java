package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Potential score (PermenPANRB 3/2020 as amended; weights and thresholds are policy data): weighted mean of
 * the JPM and the potential assessment (mean aspect score / 5 × 100); the JPM alone when there is no
 * potential assessment. Components and score are rounded to two decimals HALF_UP.
 */
public final class PotentialScore {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private PotentialScore() {}

    public static Potential of(PotentialPolicy policy, BigDecimal jpm, List<BigDecimal> aspectScores) {
        BigDecimal jpmComponent = jpm.setScale(2, RoundingMode.HALF_UP);
        if (aspectScores == null || aspectScores.isEmpty()) {
            return new Potential(jpmComponent, policy.thresholds().categorise(jpmComponent), jpmComponent, null, null);
        }
        BigDecimal mean = aspectScores.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(aspectScores.size()), 10, RoundingMode.HALF_UP);
        BigDecimal assessment = mean.multiply(JobPersonMatch.HUNDRED).divide(FIVE, 2, RoundingMode.HALF_UP);
        BigDecimal weights = policy.jpmWeight().add(policy.assessmentWeight());
        BigDecimal score = jpmComponent
                .multiply(policy.jpmWeight())
                .add(assessment.multiply(policy.assessmentWeight()))
                .divide(weights, 2, RoundingMode.HALF_UP);
        return new Potential(
                score,
                policy.thresholds().categorise(score),
                jpmComponent,
                assessment,
                mean.setScale(2, RoundingMode.HALF_UP));
    }
}
