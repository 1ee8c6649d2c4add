package id.talenta.profile.framework;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.profile.config.ProfileConfig;
import id.talenta.profile.domain.CompetencyFramework;
import id.talenta.profile.domain.UnusableResultException;
import id.talenta.profile.profile.ProfileService;
import id.talenta.profile.store.Activation;
import id.talenta.profile.store.ActivationStore;
import id.talenta.profile.store.ActiveFramework;
import id.talenta.profile.store.LatestProfile;
import id.talenta.profile.store.ProfileStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs activation jobs on one background thread: batches of latest profiles in participant-id order, each batch
 * in its own transaction together with the job's progress and cursor, so a restarted instance resumes where it
 * stopped. A profile that cannot be computed with the new framework keeps its version and is listed as an error.
 */
@ApplicationScoped
public class ActivationRunner {

    private static final Logger LOG = Logger.getLogger(ActivationRunner.class);

    @Inject
    ActivationStore activations;

    @Inject
    ProfileStore profiles;

    @Inject
    ProfileService profileService;

    @Inject
    ActiveFramework frameworks;

    @Inject
    ProfileConfig config;

    @Inject
    AuditTrail audit;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "framework-activation");
        t.setDaemon(true);
        return t;
    });

    void onStart(@Observes StartupEvent event) {
        for (Activation unfinished : QuarkusTransaction.requiringNew().call(activations::unfinished)) {
            LOG.infof("resuming framework activation %s", unfinished.id());
            submit(unfinished.id());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void submit(UUID id) {
        executor.submit(() -> run(id));
    }

    void run(UUID id) {
        try {
            // every statement runs in a transaction of this thread (the store works on the transaction's EntityManager)
            CompetencyFramework framework = QuarkusTransaction.requiringNew()
                    .call(() -> frameworks.version(
                            activations.find(id).orElseThrow().frameworkVersion()));
            UUID cursor = QuarkusTransaction.requiringNew().call(() -> {
                activations.start(id);
                return activations.cursor(id).orElse(null);
            });
            while (!Thread.currentThread().isInterrupted()) {
                UUID after = cursor;
                UUID next = QuarkusTransaction.requiringNew().call(() -> batch(id, framework, after));
                if (next == null) {
                    break;
                }
                cursor = next;
            }
            if (!Thread.currentThread().isInterrupted()) {
                QuarkusTransaction.requiringNew().run(() -> finish(id, "COMPLETED", null));
                LOG.infof("framework activation %s completed", id);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "framework activation %s failed", id);
            QuarkusTransaction.requiringNew().run(() -> finish(id, "FAILED", e.getMessage()));
        }
    }

    /**
     * Ends the job and records it in the audit trail (actor system:profile-service), in one transaction: COMPLETE,
     * or CANCEL with the error as the reason when it failed.
     */
    private void finish(UUID id, String status, String error) {
        activations.finish(id, status, error);
        Activation done = activations.find(id).orElseThrow();
        audit.record(
                status.equals("COMPLETED") ? AuditAction.COMPLETE : AuditAction.CANCEL,
                FrameworkService.ACTIVATION,
                id,
                Map.of("status", "RUNNING"),
                Map.of(
                        "status",
                        done.status(),
                        "processedProfiles",
                        done.processedProfiles(),
                        "changedProfiles",
                        done.changedProfiles(),
                        "unchangedProfiles",
                        done.unchangedProfiles(),
                        "failedProfiles",
                        done.failedProfiles()),
                error);
    }

    /** One batch; returns the last participant id processed, or null when there was nothing left. */
    private UUID batch(UUID id, CompetencyFramework framework, UUID after) {
        List<LatestProfile> rows = profiles.latestBatchForUpdate(after, config.activationBatchSize());
        if (rows.isEmpty()) {
            return null;
        }
        int changed = 0;
        int unchanged = 0;
        List<Activation.Error> errors = new ArrayList<>();
        for (LatestProfile row : rows) {
            try {
                if (profileService.recompute(row, framework)) {
                    changed++;
                } else {
                    unchanged++;
                }
            } catch (UnusableResultException e) {
                errors.add(new Activation.Error(row.participantId().toString(), e.getMessage()));
            }
        }
        UUID last = rows.get(rows.size() - 1).participantId();
        activations.progress(id, last, rows.size(), changed, unchanged, errors);
        return last;
    }
}
