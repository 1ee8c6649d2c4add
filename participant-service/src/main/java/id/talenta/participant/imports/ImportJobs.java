package id.talenta.participant.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.CorrelationIdFilter;
import id.talenta.participant.config.ImportConfig;
import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.domain.ImportRowChange;
import id.talenta.participant.domain.ImportRowError;
import id.talenta.participant.store.ImportBatchStore;
import id.talenta.participant.store.ImportJobStore;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Runs import jobs on a small worker pool: a job is created QUEUED, then RUNNING while its rows are read and
 * written batch by batch, then COMPLETED (whatever the number of rejected rows) or FAILED (the source as a whole
 * could not be read). Used for file uploads and for the national sync.
 */
@ApplicationScoped
public class ImportJobs {

    private static final Logger LOG = Logger.getLogger(ImportJobs.class);

    public static final String CSV = "text/csv";
    public static final String NDJSON = "application/x-ndjson";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "import-job";

    @Inject
    EntityManager em;

    @Inject
    ImportJobStore store;

    @Inject
    ImportBatchWriter writer;

    @Inject
    ImportConfig config;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    @Inject
    Instance<SecurityIdentity> identity;

    record JobStart(String kind, String mode, boolean dryRun, String format, long expectedRows) {}

    private ExecutorService workers;

    void onStart(@Observes StartupEvent event) {
        AtomicInteger n = new AtomicInteger();
        workers = Executors.newFixedThreadPool(Math.max(1, config.workers()), r -> {
            Thread t = new Thread(r, "participant-import-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Jobs interrupted by a stop cannot resume (their upload was a temp file): say so instead of hanging.
        QuarkusTransaction.requiringNew().run(() -> {
            for (ImportJob j : store.unfinished()) {
                String before = j.status;
                j.status = "FAILED";
                j.failureReason = "interrupted by a service restart; submit again (re-importing is idempotent)";
                j.finishedAt = Instant.now();
                audit.record(
                        AuditAction.CANCEL,
                        AUDIT_TYPE,
                        j.id,
                        Map.of("status", before),
                        Map.of("status", j.status),
                        j.failureReason);
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        if (workers != null) {
            workers.shutdownNow();
            try {
                workers.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Creates a QUEUED job and audits its start (in the caller's request: actor, roles and correlation id are the
     * caller's, and are kept on the job for the audit rows of the participants it changes).
     */
    public ImportJob create(String kind, String mode, boolean dryRun, String format, long expectedRows, String actor) {
        ImportJob job = new ImportJob();
        job.id = TimeOrderedUuid.next();
        job.kind = kind;
        job.mode = mode;
        job.dryRun = dryRun;
        job.format = format;
        job.status = "QUEUED";
        job.totalRows = expectedRows;
        job.requestedBy = actor;
        job.createdAt = Instant.now();
        if (Arc.container().requestContext().isActive()
                && identity.isResolvable()
                && !identity.get().isAnonymous()) {
            job.requesterRoles = identity.get().getRoles().stream().sorted().toArray(String[]::new);
        }
        Object correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
        job.correlationId = correlation == null ? null : correlation.toString();
        QuarkusTransaction.requiringNew().run(() -> {
            em.persist(job);
            audit.record(
                    AuditAction.START,
                    AUDIT_TYPE,
                    job.id,
                    null,
                    new JobStart(kind, mode, dryRun, format, expectedRows),
                    null);
        });
        return job;
    }

    /** Processes a spooled upload in the background; the file is deleted when the job ends. */
    public void submitFile(ImportJob job, UploadSpool.Spooled upload) {
        workers.submit(() -> {
            try {
                run(job, () -> {
                    if (upload.utf8Problem() != null && !XLSX.equals(job.format)) {
                        throw new MalformedFileException(upload.utf8Problem());
                    }
                    return open(job.format, upload.file());
                });
            } finally {
                try {
                    Files.deleteIfExists(upload.file());
                } catch (IOException e) {
                    LOG.warnf("could not delete spooled upload %s", upload.file());
                }
            }
        });
    }

    /** Processes rows produced by {@code source} in the background (the national sync). */
    public void submit(ImportJob job, RowSourceFactory source) {
        workers.submit(() -> run(job, source));
    }

    @FunctionalInterface
    public interface RowSourceFactory {
        RowReader open() throws IOException;
    }

    private RowReader open(String format, Path file) throws IOException {
        if (XLSX.equals(format)) {
            Path csv = XlsxSheet.toCsv(file);
            RowReader sheet = open(CSV, csv);
            return new RowReader() {
                @Override
                public SourceRow next() throws IOException {
                    return sheet.next();
                }

                @Override
                public void close() throws IOException {
                    try {
                        sheet.close();
                    } finally {
                        Files.deleteIfExists(csv);
                    }
                }
            };
        }
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
        try {
            return NDJSON.equals(format)
                    ? new NdjsonRowReader(reader, mapper)
                    : new CsvRowReader(reader, ImportRowMapper.KEY_COLUMNS);
        } catch (RuntimeException | IOException e) {
            reader.close();
            throw e;
        }
    }

    private void run(ImportJob job, RowSourceFactory source) {
        status(job.id, j -> {
            j.status = "RUNNING";
            j.startedAt = Instant.now();
        });
        int batchSize = Math.max(1, config.batchSize());
        try (RowReader reader = source.open()) {
            List<SourceRow> batch = new ArrayList<>(batchSize);
            SourceRow row;
            while ((row = reader.next()) != null) {
                batch.add(row);
                if (batch.size() >= batchSize) {
                    writer.write(job, batch, job.requestedBy);
                    batch = new ArrayList<>(batchSize);
                }
            }
            if (!batch.isEmpty()) {
                writer.write(job, batch, job.requestedBy);
            }
            status(job.id, j -> {
                j.status = "COMPLETED";
                j.totalRows = j.processedRows;
                j.finishedAt = Instant.now();
            });
        } catch (MalformedFileException e) {
            fail(job.id, e.getMessage());
        } catch (java.nio.charset.CharacterCodingException e) {
            fail(job.id, "the file is not valid UTF-8");
        } catch (Exception e) {
            // Not the exception's message: database errors quote rows (names, NIPs) and logs must not hold them.
            String sqlState = ImportBatchStore.sqlState(e);
            if (sqlState.isEmpty()) {
                LOG.errorf(e, "import job %s failed", job.id); // a bug, not data: the stack trace is needed
            } else {
                LOG.errorf("import job %s failed: %s%s", job.id, e.getClass().getName(), sqlState);
            }
            fail(
                    job.id,
                    "the import stopped unexpectedly (" + e.getClass().getSimpleName()
                            + "); rows written before the failure are kept; submit again to finish (re-importing is idempotent)");
        }
    }

    private void fail(UUID id, String reason) {
        status(id, j -> {
            j.status = "FAILED";
            j.failureReason = reason;
            j.finishedAt = Instant.now();
        });
    }

    private void status(UUID id, Consumer<ImportJob> change) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob j = em.find(ImportJob.class, id);
            change.accept(j);
        });
    }

    public Optional<ImportJob> find(UUID id) {
        return Optional.ofNullable(em.find(ImportJob.class, id));
    }

    public Page<ImportRowError> errors(UUID jobId, PageRequest page) {
        return store.errors(jobId, page);
    }

    public Page<ImportRowChange> changes(UUID jobId, PageRequest page) {
        return store.changes(jobId, page);
    }
}
