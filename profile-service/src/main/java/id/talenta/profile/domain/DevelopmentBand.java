package id.talenta.profile.domain;

import java.math.BigDecimal;

/** A gap band: applies to a negative gap ≥ minGap; a null minGap catches every larger gap. */
public record DevelopmentBand(BigDecimal minGap, DevelopmentRecommendation recommendation) {}
