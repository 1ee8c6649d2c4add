package id.talenta.profile.domain;

import java.math.BigDecimal;

/** Weights of JPM and of the potential assessment in the potential score, and its category thresholds. */
public record PotentialPolicy(BigDecimal jpmWeight, BigDecimal assessmentWeight, PotentialThresholds thresholds) {}
