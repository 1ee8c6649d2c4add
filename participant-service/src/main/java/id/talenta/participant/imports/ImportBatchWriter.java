package id.talenta.participant.imports;

import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.participant.domain.FieldIssue;
import id.talenta.participant.domain.ParticipantRules;
import id.talenta.participant.domain.ParticipantStatus;
import id.talenta.participant.domain.ParticipantState;
import id.talenta.participant.events.ParticipantEvent;
import id.talenta.participant.reference.ReferenceData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
import org.postgresql.PGConnection;

/**
 * Writes one batch of import rows in one transaction: reads the existing participants of the batch's NIPs in one
 * query, decides per row (create / update / unchanged / rejected) with the same rules as the API, then writes
 * participants, history, outbox events, audit rows, row errors and the job's counters with a handful of
 * set-based statements ({@code COPY} for everything that is new). Nothing is written for a row whose normalized
 * fields equal what is stored. See the README ("Import") for the locking and retry scheme and the measurements.
 */
@ApplicationScoped
public class ImportBatchWriter {

    private static final Logger LOG = Logger.getLogger(ImportBatchWriter.class);

    public record Counts(long processed, long created, long updated, long unchanged, long rejected) {}

    public record RowError(long row, String nip, String field, String message) {}

    static final String COLUMNS = "id, nip, full_name, front_title, back_title, employment_type, rank, position_title, "
            + "job_level, unit_code, email, phone, education_level, education_major, birth_date, gender, "
            + "cpns_start_month, retirement_date, status, deactivation_reason, version";

    @Inject AgroalDataSource dataSource;
    @Inject ReferenceData reference;
    @Inject ImportOutboxWriter outbox;
    @Inject Clock clock;

    public Counts write(ImportJob job, List<SourceRow> rows, String actor) {
        for (int attempt = 1; ; attempt++) {
            boolean lockAll = attempt > 1;
            try {
                return QuarkusTransaction.requiringNew().timeout(300).call(() -> {
                    try (Connection c = dataSource.getConnection()) {
                        return write(c, job.id, job.mode, job.dryRun, job.kind, rows,
                                new BulkAudit(actor, job.requesterRoles, job.correlationId, rows.size()), lockAll);
                    }
                });
            } catch (RuntimeException e) {
                // Someone changed or registered one of the batch's participants meanwhile: the batch was rolled
                // back as a whole; decide again on fresh data, this time holding locks from the start.
                if (attempt >= MAX_ATTEMPTS || !concurrentChange(e)) {
                    throw e;
                }
                LOG.infof("import job %s: batch at row %d met a concurrent change; retrying (attempt %d)", job.id,
                        rows.isEmpty() ? 0 : rows.get(0).row(), attempt + 1);
            }
        }
    }

    private static final int MAX_ATTEMPTS = 3;

    /** A row changed between the unlocked read and the locked check of the rows to update. */
    static final class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException() {
            super("a participant of the batch changed concurrently", null, false, false);
        }
    }

    private static boolean concurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException) {
                return true;
            }
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) // unique nip: concurrent registration
                    || "40P01".equals(sql.getSQLState()))) { // deadlock with another writer
                return true;
            }
        }
        return false;
    }

    private record Write(ParticipantState state, boolean insert) {}

    private record History(ParticipantState state, String type, List<String> changed) {}

    /**
     * Decides and writes one batch. The participants of the batch are read without locks (most rows of a
     * re-import change nothing, and locking them would write to every row); only the rows about to be updated are
     * then locked and their versions compared with what was read — a difference means a concurrent change and the
     * batch is retried with {@code lockAll}. New participants go in with {@code COPY}; a concurrent registration of
     * the same NIP fails the unique constraint, which also retries the batch.
     */
    Counts write(Connection c, UUID jobId, String mode, boolean dryRun, String source, List<SourceRow> rows,
            BulkAudit audit, boolean lockAll) throws SQLException {
        String actor = audit.actor();
        try (var st = c.createStatement()) {
            // A lost batch after a crash is re-done by re-importing (idempotent): no need to wait for the WAL flush.
            st.execute("set local synchronous_commit = off");
        }
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
        Map<String, ParticipantState> current = load(c, nips, lockAll && !dryRun);
        Set<String> knownUnits = knownUnits(c, units);
        Map<UUID, Long> versionsRead = new HashMap<>(current.size() * 2);
        current.values().forEach(p -> versionsRead.put(p.id(), p.version()));

        Map<String, Write> writes = new LinkedHashMap<>();
        List<History> history = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        long created = 0, updated = 0, unchanged = 0, rejected = 0;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            ImportRowMapper.Mapped m = mapped.get(i);
            String nip = m.draft().nip();
            if (row.problem() != null) {
                // The row could not be read as a whole: report that alone, not its consequences.
                rejected++;
                errors.add(new RowError(row.row(), nip, row.problemField(), row.problem()));
                continue;
            }
            List<FieldIssue> issues = new ArrayList<>(m.issues());
            ParticipantState before = nip == null ? null : current.get(nip);
            ParticipantRules.Outcome outcome = ParticipantRules.derive(m.draft(), before,
                    before == null ? TimeOrderedUuid.next() : null, reference, clock);
            issues.addAll(outcome.issues());
            if (m.draft().unitCode() != null && !knownUnits.contains(m.draft().unitCode())) {
                issues.add(new FieldIssue("unitCode", "unit " + m.draft().unitCode() + " does not exist"));
            }
            if (outcome.valid() && m.declaredBirthDate() != null
                    && !m.declaredBirthDate().equals(outcome.state().birthDate())) {
                issues.add(new FieldIssue("tglLahir", "tglLahir " + m.declaredBirthDate()
                        + " does not match the birth date in the NIP (" + outcome.state().birthDate() + ")"));
            }
            if (!issues.isEmpty()) {
                rejected++;
                for (FieldIssue issue : issues) {
                    errors.add(new RowError(row.row(), nip, issue.field(), issue.message()));
                }
                continue;
            }
            ParticipantState next = outcome.state();
            boolean endsService = m.legalStatus() != null && m.legalStatus().endsService()
                    && ParticipantStatus.ACTIVE.name().equals(next.status());
            if (endsService) {
                // Only people in service are active participants: never activate, or deactivate, with the status.
                next = next.deactivated(m.legalStatus().reason());
            }
            if (before == null) {
                created++;
                writes.put(nip, new Write(next, true));
                current.put(nip, next);
                history.add(new History(next, "REGISTERED", List.of()));
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
                errors.add(new RowError(row.row(), nip, "nip", "NIP " + nip
                        + " is already registered with different data; mode CREATE_ONLY does not update (use UPSERT)"));
                continue;
            }
            updated++;
            next = next.withVersion(before.version() + 1);
            Write earlier = writes.get(nip);
            writes.put(nip, new Write(next, earlier != null && earlier.insert()));
            current.put(nip, next);
            history.add(new History(next, endsService ? "DEACTIVATED" : "UPDATED", changed));
            if (endsService) {
                audit.deactivated(before, next, next.deactivationReason());
            } else {
                audit.changed(before, next);
            }
        }
        if (!dryRun) {
            List<ParticipantState> updates = writes.values().stream().filter(w -> !w.insert()).map(Write::state).toList();
            if (!lockAll) {
                lockUnchangedSinceRead(c, updates, versionsRead);
            }
            insert(c, writes.values().stream().filter(Write::insert).map(Write::state).toList());
            update(c, updates);
            writeHistory(c, history, actor, source);
            audit.write(c);
            outbox.write(c, history.stream().map(h -> new ImportOutboxWriter.PendingEvent(
                    h.type().equals("REGISTERED") ? ParticipantEvent.REGISTERED
                            : h.type().equals("DEACTIVATED") ? ParticipantEvent.DEACTIVATED : ParticipantEvent.UPDATED,
                    ParticipantEvent.of(h.state(), h.changed(), now))).toList());
        }
        writeErrors(c, jobId, errors);
        Counts counts = new Counts(rows.size(), created, updated, unchanged, rejected);
        try (PreparedStatement ps = c.prepareStatement("update import_job set processed_rows = processed_rows + ?, "
                + "created = created + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, "
                + "total_rows = greatest(total_rows, processed_rows + ?) where id = ?")) {
            ps.setLong(1, counts.processed());
            ps.setLong(2, created);
            ps.setLong(3, updated);
            ps.setLong(4, unchanged);
            ps.setLong(5, rejected);
            ps.setLong(6, counts.processed());
            ps.setObject(7, jobId);
            ps.executeUpdate();
        }
        return counts;
    }

    private Map<String, ParticipantState> load(Connection c, Set<String> nips, boolean lock) throws SQLException {
        Map<String, ParticipantState> found = new HashMap<>(nips.size() * 2);
        if (nips.isEmpty()) {
            return found;
        }
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from participant where nip = any(?)"
                + (lock ? " for update" : ""))) {
            ps.setArray(1, c.createArrayOf("text", nips.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ParticipantState s = new ParticipantState(rs.getObject(1, UUID.class), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                            rs.getString(13), rs.getString(14), rs.getObject(15, LocalDate.class), rs.getString(16),
                            rs.getString(17), rs.getObject(18, LocalDate.class), rs.getString(19), rs.getString(20),
                            rs.getLong(21));
                    found.put(s.nip(), s);
                }
            }
        }
        return found;
    }

    private Set<String> knownUnits(Connection c, Set<String> codes) throws SQLException {
        Set<String> known = new HashSet<>();
        if (codes.isEmpty()) {
            return known;
        }
        try (PreparedStatement ps = c.prepareStatement("select code from unit where code = any(?)")) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    private static final String UNNEST_STATE = "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, nip, full_name, "
            + "front_title, back_title, employment_type, rank, position_title, job_level, unit_code, email, phone, "
            + "education_level, education_major, birth_date, gender, cpns_start_month, retirement_date, status, "
            + "deactivation_reason, version)";

    private static void lockUnchangedSinceRead(Connection c, List<ParticipantState> updates, Map<UUID, Long> read)
            throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        UUID[] ids = updates.stream().map(ParticipantState::id).distinct().toArray(UUID[]::new);
        try (PreparedStatement ps = c.prepareStatement("select id, version from participant where id = any(?) "
                + "order by id for update")) {
            ps.setArray(1, c.createArrayOf("uuid", ids));
            int seen = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    seen++;
                    if (rs.getLong(2) != read.get(rs.getObject(1, UUID.class))) {
                        throw new ConcurrentChangeException();
                    }
                }
            }
            if (seen != ids.length) {
                throw new ConcurrentChangeException();
            }
        }
    }

    private static void insert(Connection c, List<ParticipantState> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        CopyText copy = new CopyText(states.size() * 220);
        for (ParticipantState s : states) {
            copy.col(s.id()).col(s.nip()).col(s.fullName()).col(s.frontTitle()).col(s.backTitle())
                    .col(s.employmentType()).col(s.rank()).col(s.positionTitle()).col(s.jobLevel()).col(s.unitCode())
                    .col(s.email()).col(s.phone()).col(s.educationLevel()).col(s.educationMajor()).col(s.birthDate())
                    .col(s.gender()).col(s.cpnsStartMonth()).col(s.retirementDate()).col(s.status())
                    .col(s.deactivationReason()).col(s.version()).end();
        }
        copy(c, "copy participant (" + COLUMNS + ") from stdin", copy);
    }

    /** Runs a {@code COPY ... FROM STDIN} (text format) on the transaction's connection. */
    static void copy(Connection c, String sql, CopyText body) throws SQLException {
        try {
            c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(body.bytes()), 1 << 16);
        } catch (IOException e) {
            throw new SQLException("COPY failed: " + e.getMessage(), e);
        }
    }

    private void update(Connection c, List<ParticipantState> states) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update participant p set full_name = u.full_name, "
                + "front_title = u.front_title, back_title = u.back_title, employment_type = u.employment_type, "
                + "rank = u.rank, position_title = u.position_title, job_level = u.job_level, unit_code = u.unit_code, "
                + "email = u.email, phone = u.phone, education_level = u.education_level, "
                + "education_major = u.education_major, birth_date = u.birth_date::date, gender = u.gender, "
                + "cpns_start_month = u.cpns_start_month, retirement_date = u.retirement_date::date, "
                + "status = u.status, deactivation_reason = u.deactivation_reason, version = u.version::bigint, "
                + "updated_at = now() from " + UNNEST_STATE + " where p.id = u.id::uuid")) {
            bindStates(c, ps, states);
            ps.executeUpdate();
        }
    }

    private static void bindStates(Connection c, PreparedStatement ps, List<ParticipantState> states)
            throws SQLException {
        int n = states.size();
        String[][] cols = new String[21][n];
        for (int i = 0; i < n; i++) {
            ParticipantState s = states.get(i);
            cols[0][i] = s.id().toString();
            cols[1][i] = s.nip();
            cols[2][i] = s.fullName();
            cols[3][i] = s.frontTitle();
            cols[4][i] = s.backTitle();
            cols[5][i] = s.employmentType();
            cols[6][i] = s.rank();
            cols[7][i] = s.positionTitle();
            cols[8][i] = s.jobLevel();
            cols[9][i] = s.unitCode();
            cols[10][i] = s.email();
            cols[11][i] = s.phone();
            cols[12][i] = s.educationLevel();
            cols[13][i] = s.educationMajor();
            cols[14][i] = s.birthDate().toString();
            cols[15][i] = s.gender();
            cols[16][i] = s.cpnsStartMonth();
            cols[17][i] = s.retirementDate().toString();
            cols[18][i] = s.status();
            cols[19][i] = s.deactivationReason();
            cols[20][i] = Long.toString(s.version());
        }
        for (int k = 0; k < cols.length; k++) {
            ps.setArray(k + 1, c.createArrayOf("text", cols[k]));
        }
    }

    private static void writeHistory(Connection c, List<History> history, String actor, String source)
            throws SQLException {
        if (history.isEmpty()) {
            return;
        }
        CopyText copy = new CopyText(history.size() * 100);
        for (History h : history) {
            // changed_fields are field names (identifiers): an array literal needs no quoting
            copy.col(h.state().id()).col(h.state().version()).col(h.type())
                    .col("{" + String.join(",", h.changed()) + "}").col(actor).col(source)
                    .col(h.type().equals("DEACTIVATED") ? h.state().deactivationReason() : null).end();
        }
        copy(c, "copy participant_history (participant_id, revision, change_type, changed_fields, actor, source, "
                + "reason) from stdin", copy);
    }

    private static void writeErrors(Connection c, UUID jobId, List<RowError> errors) throws SQLException {
        if (errors.isEmpty()) {
            return;
        }
        int n = errors.size();
        String[] rowNos = new String[n];
        String[] nips = new String[n];
        String[] fields = new String[n];
        String[] messages = new String[n];
        for (int i = 0; i < n; i++) {
            RowError e = errors.get(i);
            rowNos[i] = Long.toString(e.row());
            nips[i] = e.nip() == null ? null : truncate(e.nip(), 64);
            fields[i] = e.field();
            messages[i] = truncate(e.message(), 1000);
        }
        try (PreparedStatement ps = c.prepareStatement("insert into import_error (job_id, row_no, nip, field, message) "
                + "select ?, u.r::bigint, u.n, u.f, u.m from unnest(?::text[], ?::text[], ?::text[], ?::text[]) "
                + "with ordinality as u(r, n, f, m, o) order by u.o")) {
            ps.setObject(1, jobId);
            ps.setArray(2, c.createArrayOf("text", rowNos));
            ps.setArray(3, c.createArrayOf("text", nips));
            ps.setArray(4, c.createArrayOf("text", fields));
            ps.setArray(5, c.createArrayOf("text", messages));
            ps.executeUpdate();
        }
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

}
