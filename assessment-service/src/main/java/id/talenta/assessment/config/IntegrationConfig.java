package id.talenta.assessment.config;

import id.talenta.assessment.domain.Aggregation;
import id.talenta.assessment.domain.IntegrationPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;

/** The integration policy (DOMAIN.md: default mean of the method ratings, rounded to 0.5). */
@ConfigMapping(prefix = "talenta.integration")
public interface IntegrationConfig {

    /** MEAN or MEDIAN of the method ratings. */
    @WithDefault("MEAN")
    Aggregation aggregation();

    /** The proposal is rounded to the nearest multiple of this step (halves up). */
    @WithDefault("0.5")
    BigDecimal roundingStep();

    /** How the proposal is rounded to the step: HALF_UP (default), HALF_EVEN, HALF_DOWN, CEILING or FLOOR. */
    @WithDefault("HALF_UP")
    java.math.RoundingMode rounding();

    /** PER_METHOD (default: a method's assessors are averaged first, every method weighs the same) or ALL_RATINGS. */
    @WithDefault("PER_METHOD")
    IntegrationPolicy.Averaging averaging();
}
