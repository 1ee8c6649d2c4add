package id.talenta.profile.domain;

import java.math.BigDecimal;

/** The potential axis: score 0–100, its category, and the two components it was made of. */
public record Potential(
        BigDecimal score,
        PotentialCategory category,
        BigDecimal jpmComponent,
        BigDecimal assessmentComponent,
        BigDecimal aspectMean) {}
