package id.talenta.profile.profile;

import id.talenta.profile.config.ProfileConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * The daily validity check (docs/domain.md, "Validity of an assessment"): on every run, the latest profiles whose
 * assessment result is past its validity on today's business date get an EXPIRY version, published as
 * profile.computed, in batches. Safe with several instances (rows are claimed with SKIP LOCKED) and idempotent (an
 * expired profile is not expired again); {@code talenta.profile.expiry-check-every} sets the interval.
 */
@ApplicationScoped
public class ExpiryCheck {

    private static final Logger LOG = Logger.getLogger(ExpiryCheck.class);

    @Inject
    ProfileService profiles;

    @Inject
    ProfileConfig config;

    @Inject
    Clock clock;

    @Scheduled(
            every = "{talenta.profile.expiry-check-every}",
            delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int expired = run(LocalDate.now(clock));
        if (expired > 0) {
            LOG.infof("validity check: %d profile(s) expired", expired);
        }
    }

    /** Expires everything past its validity on {@code today}; returns how many profiles expired. */
    public int run(LocalDate today) {
        int total = 0;
        int batch;
        do {
            batch = profiles.expire(today, config.expiryBatchSize());
            total += batch;
        } while (batch == config.expiryBatchSize());
        return total;
    }
}
