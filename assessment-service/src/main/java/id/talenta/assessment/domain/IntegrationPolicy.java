package id.talenta.assessment.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The integration (wash-up) proposal for one competency (DOMAIN.md, default practice): combine the method
 * ratings with the mean or the median, then round to the nearest step (0.5 by default; halves round up by
 * default, {@link #rounding} otherwise), kept inside the level scale 1.0–5.0. By default ({@link
 * Averaging#PER_METHOD}) a method rated by several assessors counts as their mean, so every method weighs the same;
 * {@link Averaging#ALL_RATINGS} combines every assessor's rating directly.
 */
public record IntegrationPolicy(Aggregation aggregation, BigDecimal step, RoundingMode rounding, Averaging averaging) {

    /** Per method first, or all ratings together. */
    public enum Averaging {
        PER_METHOD,
        ALL_RATINGS
    }

    /** The rounding modes that make sense for a level: to the nearest step (three ways to break ties), or up/down. */
    public static final java.util.Set<RoundingMode> ROUNDINGS = java.util.EnumSet.of(
            RoundingMode.HALF_UP,
            RoundingMode.HALF_EVEN,
            RoundingMode.HALF_DOWN,
            RoundingMode.CEILING,
            RoundingMode.FLOOR);

    /** Today's defaults for rounding (halves up) and averaging (per method first). */
    public IntegrationPolicy(Aggregation aggregation, BigDecimal step) {
        this(aggregation, step, RoundingMode.HALF_UP, Averaging.PER_METHOD);
    }

    public static final BigDecimal MIN_LEVEL = new BigDecimal("1.00");
    public static final BigDecimal MAX_LEVEL = new BigDecimal("5.00");
    private static final MathContext PRECISION = new MathContext(20, RoundingMode.HALF_EVEN);

    public IntegrationPolicy {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(step, "step");
        if (step.signum() <= 0 || step.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("rounding step must be in (0, 1], was " + step);
        }
        Objects.requireNonNull(rounding, "rounding");
        Objects.requireNonNull(averaging, "averaging");
        if (!ROUNDINGS.contains(rounding)) {
            throw new IllegalArgumentException("rounding must be one of " + ROUNDINGS + ", was " + rounding);
        }
    }

    /**
     * A short label recorded with every decision: {@code MEAN/0.5} with the defaults, the rounding and averaging
     * appended when they differ ({@code MEDIAN/0.5/HALF_EVEN/ALL_RATINGS}).
     */
    public String label() {
        return aggregation + "/" + step.stripTrailingZeros().toPlainString()
                + (rounding == RoundingMode.HALF_UP ? "" : "/" + rounding)
                + (averaging == Averaging.PER_METHOD ? "" : "/" + averaging);
    }

    /**
     * The proposal from the ratings of each method (one collection per method, one level per assessor), or
     * empty when nothing is rated.
     */
    public Optional<BigDecimal> propose(Collection<? extends Collection<BigDecimal>> ratingsPerMethod) {
        List<BigDecimal> methodLevels = new ArrayList<>();
        for (Collection<BigDecimal> ratings : ratingsPerMethod) {
            if (averaging == Averaging.ALL_RATINGS) {
                methodLevels.addAll(ratings);
            } else if (!ratings.isEmpty()) {
                methodLevels.add(mean(ratings));
            }
        }
        if (methodLevels.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal combined = aggregation == Aggregation.MEAN ? mean(methodLevels) : median(methodLevels);
        return Optional.of(round(combined));
    }

    /** Rounds to a multiple of the step by {@link #rounding}, clamped to 1.0–5.0, two decimals. */
    public BigDecimal round(BigDecimal value) {
        BigDecimal steps = value.divide(step, PRECISION).setScale(0, rounding);
        BigDecimal rounded = steps.multiply(step);
        if (rounded.compareTo(MIN_LEVEL) < 0) {
            rounded = MIN_LEVEL;
        } else if (rounded.compareTo(MAX_LEVEL) > 0) {
            rounded = MAX_LEVEL;
        }
        return rounded.setScale(2, RoundingMode.HALF_UP);
    }

    /** The plain mean (unrounded); also a method's level when several assessors rated it. */
    public static BigDecimal mean(Collection<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(values.size()), PRECISION);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), PRECISION);
    }
}
