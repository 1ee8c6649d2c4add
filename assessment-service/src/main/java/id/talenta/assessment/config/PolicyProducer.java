package id.talenta.assessment.config;

import id.talenta.assessment.domain.IntegrationPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Turns the configured integration settings into the pure policy the results are computed with. */
@ApplicationScoped
public class PolicyProducer {

    @Produces
    @Singleton
    IntegrationPolicy integrationPolicy(IntegrationConfig config) {
        return new IntegrationPolicy(
                config.aggregation(), config.roundingStep(), config.rounding(), config.averaging());
    }
}
