package id.talenta.profile.domain;

import java.math.BigDecimal;

/**
 * A competency below the standard, the recommended development and the gap band that chose it ({@code band}, e.g.
 * {@code -1.0 ≤ gap < -0.5}; {@code gap < -2.0} for the catch-all).
 */
public record DevelopmentNeed(
        String competency, BigDecimal gap, DevelopmentRecommendation recommendation, String band) {}
