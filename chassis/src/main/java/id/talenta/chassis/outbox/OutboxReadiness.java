package id.talenta.chassis.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The outbox relay in readiness ({@code /q/health/ready}): whether it runs here, whether this instance holds the
 * database's one active relay, its backlog and the age of the oldest unpublished row. Down only when the relay
 * should run and its worker has died; a relay that lags still lets the service serve (events are late, not lost),
 * so lag is reported as data and as the metrics {@code talenta.outbox.backlog} and
 * {@code talenta.outbox.oldest.unsent.age.seconds}, for alerting.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxRelay relay;

    @Override
    public HealthCheckResponse call() {
        OutboxRelay.Health h = relay.health();
        var response = HealthCheckResponse.named("outbox-relay")
                .withData("enabled", h.enabled())
                .withData("active", h.active())
                .withData("backlog", h.backlog())
                .withData("oldestUnsentSeconds", Math.round(h.oldestUnsentSeconds()));
        return (h.enabled() && !h.workerAlive() ? response.down() : response.up()).build();
    }
}
