package id.talenta.talent.jobs;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.talent.config.TalentConfig;
import id.talenta.talent.domain.Job;
import id.talenta.talent.ratings.PerformanceRatings;
import id.talenta.talent.store.JobStore;
import id.talenta.talent.talent.TalentEvaluator;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Runs long work in the background, in chunks of one transaction each, recording progress on the job row:
 * re-evaluating everyone after a policy change, and applying an imported CSV of SKP ratings.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class);
    private static final int MAX_ERRORS = 1000;

    /** One parsed CSV line (raw values; validated when applied). */
    public record RatingRow(int line, String nip, String year, String rating) {}

    @Inject
    EntityManager em;

    @Inject
    ManagedExecutor executor;

    @Inject
    TalentEvaluator evaluator;

    @Inject
    PerformanceRatings ratings;

    @Inject
    TalentConfig config;

    @Inject
    AuditTrail audit;

    @Inject
    JobStore store;

    /** Creates a queued job (in the caller's transaction, or in its own). */
    @Transactional
    public Job create(String kind, String detail, int total, String actor) {
        Job job = new Job();
        job.id = TimeOrderedUuid.next();
        job.kind = kind;
        job.status = "QUEUED";
        job.detail = detail;
        job.total = total;
        job.createdBy = actor;
        job.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(job);
        audit.record(
                AuditAction.START,
                "job",
                job.id,
                null,
                Map.of("kind", kind, "detail", detail == null ? "" : detail, "total", total),
                null);
        return job;
    }

    /** The job of this kind with this id, if any. */
    @Transactional
    public Optional<Job> find(UUID jobId, String kind) {
        return Optional.ofNullable(em.find(Job.class, jobId)).filter(j -> kind.equals(j.kind));
    }

    /** Starts the re-evaluation of every participant with a profile, after the caller's transaction commits. */
    public void startReevaluation(UUID jobId) {
        executor.runAsync(() -> run(jobId, () -> {
            List<UUID> ids = QuarkusTransaction.requiringNew().call(store::everyoneToReevaluate);
            QuarkusTransaction.requiringNew().run(() -> em.find(Job.class, jobId).total = ids.size());
            for (int from = 0; from < ids.size(); from += config.jobChunkSize()) {
                List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + config.jobChunkSize()));
                QuarkusTransaction.requiringNew().run(() -> {
                    int changed = evaluator.evaluateAll(chunk); // one read per table and one lock statement per chunk
                    Job job = em.find(Job.class, jobId);
                    job.processed += chunk.size();
                    job.succeeded += chunk.size();
                    job.changed += changed;
                });
            }
        }));
    }

    /** Applies imported rating rows after the caller's transaction commits. */
    public void startRatingImport(UUID jobId, List<RatingRow> rows, String actor) {
        executor.runAsync(() -> run(jobId, () -> {
            for (int from = 0; from < rows.size(); from += config.jobChunkSize()) {
                List<RatingRow> chunk = rows.subList(from, Math.min(rows.size(), from + config.jobChunkSize()));
                QuarkusTransaction.requiringNew().run(() -> {
                    Job job = em.find(Job.class, jobId);
                    for (RatingRow row : chunk) {
                        String error = ratings.importRow(row.nip(), row.year(), row.rating(), actor);
                        job.processed++;
                        if (error == null) {
                            job.succeeded++;
                        } else {
                            job.failed++;
                            if (job.errors.size() < MAX_ERRORS) {
                                Map<String, Object> e = new HashMap<>();
                                e.put("line", row.line());
                                e.put("nip", row.nip());
                                e.put("message", error);
                                job.errors = new ArrayList<>(job.errors);
                                job.errors.add(e);
                            }
                        }
                    }
                });
            }
        }));
    }

    private void run(UUID jobId, Runnable work) {
        try {
            QuarkusTransaction.requiringNew().run(() -> em.find(Job.class, jobId).status = "RUNNING");
            work.run();
            QuarkusTransaction.requiringNew().run(() -> finish(jobId, "COMPLETED", null));
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s failed", jobId);
            QuarkusTransaction.requiringNew()
                    .run(() -> finish(jobId, "FAILED", "failed: " + e.getClass().getSimpleName()));
        }
    }

    private void finish(UUID jobId, String status, String detail) {
        Job job = em.find(Job.class, jobId);
        job.status = status;
        if (detail != null) {
            job.detail = detail;
        }
        job.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }
}
