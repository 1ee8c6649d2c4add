package id.talenta.participant.imports;

import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.participant.domain.FieldIssue;
import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.domain.ImportRowChange;
import id.talenta.participant.domain.ImportRowError;
import id.talenta.participant.domain.ParticipantRules;
import id.talenta.participant.domain.ParticipantState;
import id.talenta.participant.domain.ParticipantStatus;
import id.talenta.participant.domain.Unit;
import id.talenta.participant.events.ParticipantEvents;
import id.talenta.participant.events.ParticipantPayload;
import id.talenta.participant.reference.ReferenceData;
import id.talenta.participant.store.BulkAudit;
import id.talenta.participant.store.ImportBatchStore;
import id.talenta.participant.store.ImportBatchStore.HistoryRow;
import id.talenta.participant.store.ImportBatchStore.OutboxRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Writes one batch of import rows in one transaction: reads the existing participants of the batch's NIPs in one
 * query, decides per row (create / update / unchanged / rejected) with the same rules as the API, then writes
 * participants, history, outbox events, audit rows, row errors and the job's counters with a handful of
 * set-based statements ({@link ImportBatchStore}: {@code COPY} for everything that is new). Nothing is written for
 * a row whose normalized fields equal what is stored. See the README ("Import") for the locking and retry scheme.
 */
@ApplicationScoped
public class ImportBatchWriter {

    private static final Logger LOG = Logger.getLogger(ImportBatchWriter.class);

    private static final int MAX_ATTEMPTS = 3;

    public record Counts(long processed, long created, long updated, long unchanged, long rejected) {}

    @Inject
    ImportBatchStore store;

    @Inject
    ReferenceData reference;

    @Inject
    Clock clock;

    public Counts write(ImportJob job, List<SourceRow> rows, String actor) {
        for (int attempt = 1; ; attempt++) {
            boolean lockAll = attempt > 1;
            try {
                return QuarkusTransaction.requiringNew()
                        .timeout(300)
                        .call(() -> store.inBatch(batch -> write(
                                batch,
                                job.id,
                                job.mode,
                                job.dryRun,
                                job.kind,
                                rows,
                                new BulkAudit(actor, job.requesterRoles, job.correlationId, rows.size()),
                                lockAll)));
            } catch (RuntimeException e) {
                // Someone changed or registered one of the batch's participants meanwhile: the batch was rolled
                // back as a whole; decide again on fresh data, this time holding locks from the start.
                if (attempt >= MAX_ATTEMPTS || !ImportBatchStore.isConcurrentChange(e)) {
                    throw e;
                }
                LOG.infof(
                        "import job %s: batch at row %d met a concurrent change; retrying (attempt %d)",
                        job.id, rows.isEmpty() ? 0 : rows.get(0).row(), attempt + 1);
            }
        }
    }

    private record Write(ParticipantState state, boolean insert) {}

    /**
     * Decides and writes one batch. The participants of the batch are read without locks (most rows of a
     * re-import change nothing, and locking them would write to every row); only the rows about to be updated are
     * then locked and their versions compared with what was read — a difference means a concurrent change and the
     * batch is retried with {@code lockAll}. New participants go in with {@code COPY}; a concurrent registration of
     * the same NIP fails the unique constraint, which also retries the batch.
     */
    private Counts write(
            ImportBatchStore.Batch batch,
            UUID jobId,
            String mode,
            boolean dryRun,
            String source,
            List<SourceRow> rows,
            BulkAudit audit,
            boolean lockAll)
            throws Exception {
        String actor = audit.actor();
        ImportRowMapper mapper = new ImportRowMapper(reference);
        List<ImportRowMapper.Mapped> mapped = new ArrayList<>(rows.size());
        Set<String> nips = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (SourceRow r : rows) {
            ImportRowMapper.Mapped m = mapper.map(r.fields());
            mapped.add(m);
            if (m.draft().nip() != null) {
                nips.add(m.draft().nip());
            }
            if (m.draft().unitCode() != null) {
                units.add(m.draft().unitCode());
            }
        }
        Map<String, ParticipantState> current = batch.participantsByNip(nips, lockAll && !dryRun);
        Map<String, String> knownUnits = new HashMap<>(batch.knownUnits(units));
        Organisation organisation = createUnitsTheFileNames(batch, mapped, knownUnits, audit, dryRun);
        Map<UUID, Long> versionsRead = new HashMap<>(current.size() * 2);
        current.values().forEach(p -> versionsRead.put(p.id(), p.version()));

        Map<String, Write> writes = new LinkedHashMap<>();
        List<HistoryRow> history = new ArrayList<>();
        List<ImportRowError> errors = new ArrayList<>();
        long created = 0, updated = 0, unchanged = 0, rejected = 0, endedService = 0;
        List<ImportRowChange> changes = new ArrayList<>();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            ImportRowMapper.Mapped m = mapped.get(i);
            String nip = m.draft().nip();
            if (row.problem() != null) {
                // The row could not be read as a whole: report that alone, not its consequences.
                rejected++;
                errors.add(new ImportRowError(row.row(), nip, row.problemField(), row.problem()));
                continue;
            }
            List<FieldIssue> issues = new ArrayList<>(m.issues());
            ParticipantState before = nip == null ? null : current.get(nip);
            ParticipantRules.Outcome outcome = ParticipantRules.derive(
                    m.draft(), before, before == null ? TimeOrderedUuid.next() : null, reference, clock);
            // A field the source already explained (e.g. a job level that cannot be derived) is not reported again
            // as merely missing.
            java.util.Set<String> explained = new java.util.HashSet<>();
            m.issues().forEach(issue -> explained.add(issue.field()));
            outcome.issues().stream()
                    .filter(issue -> !explained.contains(issue.field()))
                    .forEach(issues::add);
            if (m.draft().unitCode() != null
                    && !knownUnits.containsKey(m.draft().unitCode())) {
                issues.add(new FieldIssue("unitCode", "unit " + m.draft().unitCode() + " does not exist"));
            }
            if (outcome.valid()
                    && m.declaredBirthDate() != null
                    && !m.declaredBirthDate().equals(outcome.state().birthDate())) {
                issues.add(new FieldIssue(
                        "tglLahir",
                        "tglLahir " + m.declaredBirthDate() + " does not match the birth date in the NIP ("
                                + outcome.state().birthDate() + ")"));
            }
            if (!issues.isEmpty()) {
                rejected++;
                for (FieldIssue issue : issues) {
                    errors.add(new ImportRowError(row.row(), nip, issue.field(), issue.message()));
                }
                continue;
            }
            ParticipantState next = outcome.state();
            boolean endsService = m.legalStatus() != null
                    && m.legalStatus().endsService()
                    && ParticipantStatus.ACTIVE.name().equals(next.status());
            if (endsService) {
                // Only people in service are active participants: never activate, or deactivate, with the status.
                next = next.deactivated(m.legalStatus().reason());
                endedService++;
            }
            if (before == null) {
                created++;
                if (dryRun) {
                    changes.add(new ImportRowChange(row.row(), nip, "CREATE", List.of()));
                }
                writes.put(nip, new Write(next, true));
                current.put(nip, next);
                history.add(new HistoryRow(next, "REGISTERED", List.of()));
                audit.registered(next);
                continue;
            }
            List<String> changed = before.changedFields(next);
            if (changed.isEmpty()) {
                unchanged++;
                continue;
            }
            if ("CREATE_ONLY".equals(mode)) {
                rejected++;
                errors.add(
                        new ImportRowError(
                                row.row(),
                                nip,
                                "nip",
                                "NIP " + nip
                                        + " is already registered with different data; mode CREATE_ONLY does not update (use UPSERT)"));
                continue;
            }
            updated++;
            if (dryRun) {
                changes.add(new ImportRowChange(row.row(), nip, endsService ? "DEACTIVATE" : "UPDATE", changed));
            }
            next = next.withVersion(before.version() + 1);
            Write earlier = writes.get(nip);
            writes.put(nip, new Write(next, earlier != null && earlier.insert()));
            current.put(nip, next);
            history.add(new HistoryRow(next, endsService ? "DEACTIVATED" : "UPDATED", changed));
            if (endsService) {
                audit.deactivated(before, next, next.deactivationReason());
            } else {
                audit.changed(before, next);
            }
        }
        if (!dryRun) {
            List<ParticipantState> updates = writes.values().stream()
                    .filter(w -> !w.insert())
                    .map(Write::state)
                    .toList();
            if (!lockAll) {
                batch.lockUnchangedSinceRead(updates, versionsRead);
            }
            batch.insert(writes.values().stream()
                    .filter(Write::insert)
                    .map(Write::state)
                    .toList());
            batch.update(updates);
            batch.insertHistory(history, actor, source);
            batch.insertAudit(audit);
            batch.insertOutbox(
                    history.stream().map(h -> outboxRow(h, now, knownUnits)).toList());
        }
        batch.insertErrors(jobId, errors);
        batch.insertChanges(jobId, changes);
        batch.addCounts(jobId, rows.size(), created, updated, unchanged, rejected);
        if (endedService > 0 || !organisation.units().isEmpty()) {
            batch.addOrganisation(jobId, endedService, organisation.units(), organisation.agencies());
        }
        return new Counts(rows.size(), created, updated, unchanged, rejected);
    }

    /** The codes of the units and agencies a batch created. */
    private record Organisation(List<String> units, List<String> agencies) {}

    /**
     * A unit a row names that does not exist yet is created, as a root unit of the file's agency, when the row gives
     * its name ({@code unor_nama}) and agency ({@code instansi_kerja_id}): so a first import into an empty platform
     * works. The agency is the one registered with that SIASN id; when none is, it is registered with the SIASN id
     * as its code (an admin who registers the agency first, with its {@code siasnId}, chooses the code). The
     * unit-tree file gives the units their parents. A dry run decides the same and writes nothing.
     */
    private static Organisation createUnitsTheFileNames(
            ImportBatchStore.Batch batch,
            List<ImportRowMapper.Mapped> mapped,
            Map<String, String> knownUnits,
            BulkAudit audit,
            boolean dryRun)
            throws java.sql.SQLException {
        Map<String, ImportRowMapper.UnitSource> wanted = new LinkedHashMap<>();
        for (ImportRowMapper.Mapped m : mapped) {
            String code = m.draft().unitCode();
            if (code != null
                    && m.unitSource() != null
                    && !knownUnits.containsKey(code)
                    && Unit.isCode(code)
                    && Unit.isCode(m.unitSource().agencySiasnId())) {
                wanted.putIfAbsent(code, m.unitSource());
            }
        }
        if (wanted.isEmpty()) {
            return new Organisation(List.of(), List.of());
        }
        Set<String> siasnIds = new java.util.TreeSet<>();
        wanted.values().forEach(u -> siasnIds.add(u.agencySiasnId()));
        Map<String, String> agencyOf = new HashMap<>(batch.agenciesBySiasnId(siasnIds));
        List<ImportBatchStore.Batch.NewOrganisation> agencies = new ArrayList<>();
        for (String siasnId : siasnIds) {
            if (!agencyOf.containsKey(siasnId)) {
                String name = wanted.values().stream()
                        .filter(u -> u.agencySiasnId().equals(siasnId) && u.agencyName() != null)
                        .map(ImportRowMapper.UnitSource::agencyName)
                        .findFirst()
                        .orElse(siasnId);
                agencies.add(new ImportBatchStore.Batch.NewOrganisation(siasnId, limit(name), null, siasnId));
                agencyOf.put(siasnId, siasnId);
            }
        }
        List<ImportBatchStore.Batch.NewOrganisation> units = new ArrayList<>();
        wanted.forEach((code, u) -> {
            String agency = agencyOf.get(u.agencySiasnId());
            units.add(new ImportBatchStore.Batch.NewOrganisation(code, limit(u.name()), agency, null));
            knownUnits.put(code, agency);
        });
        if (!dryRun) {
            batch.createAgencies(agencies);
            batch.createUnits(units);
            agencies.forEach(a -> audit.created(
                    id.talenta.participant.domain.Agency.AUDIT_TYPE,
                    a.code(),
                    Map.of("code", a.code(), "name", a.name(), "siasnId", a.siasnId())));
            units.forEach(u -> audit.created(
                    Unit.AUDIT_TYPE,
                    u.code(),
                    Map.of("code", u.code(), "name", u.name(), "agencyCode", u.agencyCode())));
        }
        return new Organisation(
                units.stream().map(ImportBatchStore.Batch.NewOrganisation::code).toList(),
                agencies.stream()
                        .map(ImportBatchStore.Batch.NewOrganisation::code)
                        .toList());
    }

    private static String limit(String name) {
        return name.length() <= 200 ? name : name.substring(0, 200);
    }

    private static OutboxRow outboxRow(HistoryRow h, Instant now, Map<String, String> agencyOfUnit) {
        String type = h.type().equals("REGISTERED")
                ? ParticipantPayload.REGISTERED
                : h.type().equals("DEACTIVATED") ? ParticipantPayload.DEACTIVATED : ParticipantPayload.UPDATED;
        ParticipantPayload payload =
                ParticipantPayload.of(h.state(), agencyOfUnit.get(h.state().unitCode()), h.changed(), now);
        return new OutboxRow(
                type,
                payload.participantId().toString(),
                ParticipantEvents.subject(payload.participantId()),
                payload::appendJson);
    }
}
