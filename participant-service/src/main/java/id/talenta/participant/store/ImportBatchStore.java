package id.talenta.participant.store;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.OutboxRelay;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.participant.domain.ImportRowChange;
import id.talenta.participant.domain.ImportRowError;
import id.talenta.participant.domain.ParticipantState;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * The statements of one import batch, run on the connection of the batch's JTA transaction: the participants of the
 * batch's NIPs, the lock of the rows about to be updated, and the writes — {@code COPY ... FROM STDIN} (text format)
 * for everything that is new (participants, history, outbox events, audit rows), one {@code update ... from
 * unnest(...)} for the changed participants, one insert for the row errors, then the job's counters.
 *
 * <p>The one documented exception to the service's persistence toolkit: {@code COPY} needs the PostgreSQL driver's
 * {@code CopyManager}, which neither Hibernate nor the chassis {@code Sql} helper offers, so this class (with
 * {@link CopyText} and {@link BulkAudit}) uses JDBC; the rest of the service uses {@code Sql} and Panache/JPA.
 */
@ApplicationScoped
public class ImportBatchStore {

    static final String COLUMNS = "id, nip, full_name, front_title, back_title, employment_type, rank, position_title, "
            + "job_level, unit_code, email, phone, education_level, education_major, birth_date, gender, "
            + "cpns_start_month, retirement_date, status, deactivation_reason, version";

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OutboxRelay relay;

    @Inject
    TopicsConfig topics;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /** What one batch does with its statements. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Batch batch) throws Exception;
    }

    /** A history row: the new state, the change type and the changed fields. */
    public record HistoryRow(ParticipantState state, String type, List<String> changed) {}

    /** An outbox event: type, record key, CloudEvents subject, and the writer of its JSON payload. */
    public record OutboxRow(String type, String key, String subject, Consumer<StringBuilder> payload) {}

    /** A row changed between the unlocked read and the locked check of the rows to update. */
    public static final class ConcurrentChangeException extends RuntimeException {
        ConcurrentChangeException() {
            super("a participant of the batch changed concurrently", null, false, false);
        }
    }

    /**
     * Runs {@code work} on the connection of the current transaction. A lost batch after a crash is re-done by
     * re-importing (idempotent): the batch does not wait for the WAL flush ({@code synchronous_commit = off}).
     */
    public <T> T inBatch(Work<T> work) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            try (var st = c.createStatement()) {
                st.execute("set local synchronous_commit = off");
            }
            return work.run(new Batch(c));
        }
    }

    /**
     * Whether a failed batch met a concurrent change and is worth deciding again: a row changed since it was read, a
     * concurrent registration of a NIP (unique violation) or a deadlock with another writer.
     */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChangeException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && ("23505".equals(sql.getSQLState()) // unique nip: concurrent registration
                            || "40P01".equals(sql.getSQLState()))) { // deadlock with another writer
                return true;
            }
        }
        return false;
    }

    /** {@code " (SQLState xxxxx)"} of the first SQL exception among the causes, else empty (for logs). */
    public static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return " (SQLState " + sql.getSQLState() + ")";
            }
        }
        return "";
    }

    /** The statements of one batch, on one connection. */
    public final class Batch {

        private final Connection c;

        private Batch(Connection c) {
            this.c = c;
        }

        /** The participants with these NIPs, by NIP; locked when {@code lock}. */
        public Map<String, ParticipantState> participantsByNip(Set<String> nips, boolean lock) throws SQLException {
            Map<String, ParticipantState> found = new HashMap<>(nips.size() * 2);
            if (nips.isEmpty()) {
                return found;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select " + COLUMNS + " from participant where nip = any(?)" + (lock ? " for update" : ""))) {
                ps.setArray(1, c.createArrayOf("text", nips.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ParticipantState s = new ParticipantState(
                                rs.getObject("id", UUID.class),
                                rs.getString("nip"),
                                rs.getString("full_name"),
                                rs.getString("front_title"),
                                rs.getString("back_title"),
                                rs.getString("employment_type"),
                                rs.getString("rank"),
                                rs.getString("position_title"),
                                rs.getString("job_level"),
                                rs.getString("unit_code"),
                                rs.getString("email"),
                                rs.getString("phone"),
                                rs.getString("education_level"),
                                rs.getString("education_major"),
                                rs.getObject("birth_date", LocalDate.class),
                                rs.getString("gender"),
                                rs.getString("cpns_start_month"),
                                rs.getObject("retirement_date", LocalDate.class),
                                rs.getString("status"),
                                rs.getString("deactivation_reason"),
                                rs.getLong("version"));
                        found.put(s.nip(), s);
                    }
                }
            }
            return found;
        }

        /** The agencies registered with these SIASN ids ({@code instansi_kerja_id}): SIASN id → agency code. */
        public Map<String, String> agenciesBySiasnId(Set<String> siasnIds) throws SQLException {
            Map<String, String> found = new HashMap<>();
            if (siasnIds.isEmpty()) {
                return found;
            }
            try (PreparedStatement ps =
                    c.prepareStatement("select siasn_id, code from agency where siasn_id = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", siasnIds.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString("siasn_id"), rs.getString("code"));
                    }
                }
            }
            return found;
        }

        /** A unit or an agency the import creates: code, name and (for a unit) its agency. */
        public record NewOrganisation(String code, String name, String agencyCode, String siasnId) {}

        /** Registers agencies the file names (code = the SIASN id); one that exists meanwhile is left as it is. */
        public void createAgencies(List<NewOrganisation> agencies) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into agency (code, name, siasn_id) "
                    + "select * from unnest(?::text[], ?::text[], ?::text[]) on conflict do nothing")) {
                ps.setArray(
                        1,
                        c.createArrayOf(
                                "text",
                                agencies.stream().map(NewOrganisation::code).toArray()));
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "text",
                                agencies.stream().map(NewOrganisation::name).toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "text",
                                agencies.stream().map(NewOrganisation::siasnId).toArray()));
                ps.executeUpdate();
            }
        }

        /** Creates root units of their agencies (the unit-tree file gives them parents); existing ones are kept. */
        public void createUnits(List<NewOrganisation> units) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("insert into unit (code, name, agency_code) "
                    + "select * from unnest(?::text[], ?::text[], ?::text[]) on conflict do nothing")) {
                ps.setArray(
                        1,
                        c.createArrayOf(
                                "text",
                                units.stream().map(NewOrganisation::code).toArray()));
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "text",
                                units.stream().map(NewOrganisation::name).toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "text",
                                units.stream().map(NewOrganisation::agencyCode).toArray()));
                ps.executeUpdate();
            }
        }

        /** Adds what the batch created beside participants, and who it found out of service, to the job. */
        public void addOrganisation(UUID jobId, long endedService, List<String> units, List<String> agencies)
                throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("update import_job set ended_service = ended_service + ?, "
                    + "created_units = array(select distinct x from unnest(created_units || ?::text[]) x order by x), "
                    + "created_agencies = array(select distinct x from unnest(created_agencies || ?::text[]) x order by x) "
                    + "where id = ?")) {
                ps.setLong(1, endedService);
                ps.setArray(2, c.createArrayOf("text", units.toArray()));
                ps.setArray(3, c.createArrayOf("text", agencies.toArray()));
                ps.setObject(4, jobId);
                ps.executeUpdate();
            }
        }

        /** The codes among {@code codes} that are units, each with the agency whose tree it is in. */
        public Map<String, String> knownUnits(Set<String> codes) throws SQLException {
            Map<String, String> known = new HashMap<>();
            if (codes.isEmpty()) {
                return known;
            }
            try (PreparedStatement ps = c.prepareStatement("select code, agency_code from unit where code = any(?)")) {
                ps.setArray(1, c.createArrayOf("text", codes.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString("code"), rs.getString("agency_code"));
                    }
                }
            }
            return known;
        }

        /**
         * Locks the participants about to be updated (in id order) and checks that their versions are still those
         * that were read; throws {@link ConcurrentChangeException} when one changed or disappeared.
         */
        public void lockUnchangedSinceRead(List<ParticipantState> updates, Map<UUID, Long> read) throws SQLException {
            if (updates.isEmpty()) {
                return;
            }
            UUID[] ids = updates.stream().map(ParticipantState::id).distinct().toArray(UUID[]::new);
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, version from participant where id = any(?) " + "order by id for update")) {
                ps.setArray(1, c.createArrayOf("uuid", ids));
                int seen = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        seen++;
                        if (rs.getLong("version") != read.get(rs.getObject("id", UUID.class))) {
                            throw new ConcurrentChangeException();
                        }
                    }
                }
                if (seen != ids.length) {
                    throw new ConcurrentChangeException();
                }
            }
        }

        /** New participants, with one {@code COPY}. */
        public void insert(List<ParticipantState> states) throws SQLException {
            if (states.isEmpty()) {
                return;
            }
            CopyText copy = new CopyText(states.size() * 220);
            for (ParticipantState s : states) {
                copy.col(s.id())
                        .col(s.nip())
                        .col(s.fullName())
                        .col(s.frontTitle())
                        .col(s.backTitle())
                        .col(s.employmentType())
                        .col(s.rank())
                        .col(s.positionTitle())
                        .col(s.jobLevel())
                        .col(s.unitCode())
                        .col(s.email())
                        .col(s.phone())
                        .col(s.educationLevel())
                        .col(s.educationMajor())
                        .col(s.birthDate())
                        .col(s.gender())
                        .col(s.cpnsStartMonth())
                        .col(s.retirementDate())
                        .col(s.status())
                        .col(s.deactivationReason())
                        .col(s.version())
                        .end();
            }
            copy("copy participant (" + COLUMNS + ") from stdin", copy);
        }

        /** Changed participants, with one {@code update ... from unnest(...)}. */
        public void update(List<ParticipantState> states) throws SQLException {
            if (states.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("update participant p set full_name = u.full_name, "
                    + "front_title = u.front_title, back_title = u.back_title, employment_type = u.employment_type, "
                    + "rank = u.rank, position_title = u.position_title, job_level = u.job_level, "
                    + "unit_code = u.unit_code, email = u.email, phone = u.phone, education_level = u.education_level, "
                    + "education_major = u.education_major, birth_date = u.birth_date::date, gender = u.gender, "
                    + "cpns_start_month = u.cpns_start_month, retirement_date = u.retirement_date::date, "
                    + "status = u.status, deactivation_reason = u.deactivation_reason, version = u.version::bigint, "
                    + "updated_at = now() from " + UNNEST_STATE + " where p.id = u.id::uuid")) {
                bindStates(ps, states);
                ps.executeUpdate();
            }
        }

        /** History rows, with one {@code COPY}. */
        public void insertHistory(List<HistoryRow> history, String actor, String source) throws SQLException {
            if (history.isEmpty()) {
                return;
            }
            CopyText copy = new CopyText(history.size() * 100);
            for (HistoryRow h : history) {
                // changed_fields are field names (identifiers): an array literal needs no quoting
                copy.col(h.state().id())
                        .col(h.state().version())
                        .col(h.type())
                        .col("{" + String.join(",", h.changed()) + "}")
                        .col(actor)
                        .col(source)
                        .col(h.type().equals("DEACTIVATED") ? h.state().deactivationReason() : null)
                        .end();
            }
            copy(
                    "copy participant_history (participant_id, revision, change_type, changed_fields, actor, source, "
                            + "reason) from stdin",
                    copy);
        }

        /** The audit rows recorded in {@code audit}, with one {@code COPY} into the chassis {@code audit_log}. */
        public void insertAudit(BulkAudit audit) throws SQLException {
            CopyText rows = audit.rows();
            if (rows == null) {
                return;
            }
            copy(
                    "copy audit_log (actor, actor_roles, action, entity_type, entity_id, changed_fields, before, after, "
                            + "reason, correlation_id) from stdin",
                    rows);
        }

        /**
         * Events into the chassis {@code outbox} with one {@code COPY} (same columns and CloudEvents data as
         * {@code Outbox#publish}, in list order, so the relay publishes them in that order); the relay is woken
         * after the commit. {@code Outbox#publish} does one insert per event, too slow for a million-row import.
         */
        public void insertOutbox(List<OutboxRow> events) throws SQLException {
            if (events.isEmpty()) {
                return;
            }
            String topic = topics.participants();
            CopyText copy = new CopyText(events.size() * 760);
            StringBuilder json = new StringBuilder(640);
            for (OutboxRow e : events) {
                json.setLength(0);
                e.payload().accept(json);
                copy.col(TimeOrderedUuid.next())
                        .col(topic)
                        .col(e.key())
                        .col(e.type())
                        .col(e.subject())
                        .colBuilt(json)
                        .end();
            }
            copy("copy outbox (event_id, topic, record_key, event_type, subject, payload) from stdin", copy);
            wakeRelayAfterCommit();
        }

        /** Row errors of the job, in list order. */
        public void insertErrors(UUID jobId, List<ImportRowError> errors) throws SQLException {
            if (errors.isEmpty()) {
                return;
            }
            int n = errors.size();
            String[] rowNos = new String[n];
            String[] nips = new String[n];
            String[] fields = new String[n];
            String[] messages = new String[n];
            for (int i = 0; i < n; i++) {
                ImportRowError e = errors.get(i);
                rowNos[i] = Long.toString(e.row());
                nips[i] = e.nip() == null ? null : truncate(e.nip(), 64);
                fields[i] = e.field();
                messages[i] = truncate(e.message(), 1000);
            }
            try (PreparedStatement ps = c.prepareStatement("insert into import_error (job_id, row_no, nip, field, "
                    + "message) select ?, u.r::bigint, u.n, u.f, u.m from unnest(?::text[], ?::text[], ?::text[], "
                    + "?::text[]) with ordinality as u(r, n, f, m, o) order by u.o")) {
                ps.setObject(1, jobId);
                ps.setArray(2, c.createArrayOf("text", rowNos));
                ps.setArray(3, c.createArrayOf("text", nips));
                ps.setArray(4, c.createArrayOf("text", fields));
                ps.setArray(5, c.createArrayOf("text", messages));
                ps.executeUpdate();
            }
        }

        /** What a dry run's rows would change (a real import writes participant history instead). */
        public void insertChanges(UUID jobId, List<ImportRowChange> changes) throws SQLException {
            if (changes.isEmpty()) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement("insert into import_change (job_id, row_no, nip, action, "
                    + "changed_fields) select ?, u.r::bigint, u.n, u.a, string_to_array(u.f, ',') "
                    + "from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as u(r, n, a, f) "
                    + "on conflict do nothing")) {
                ps.setObject(1, jobId);
                ps.setArray(
                        2,
                        c.createArrayOf(
                                "text",
                                changes.stream()
                                        .map(x -> Long.toString(x.row()))
                                        .toArray()));
                ps.setArray(
                        3,
                        c.createArrayOf(
                                "text",
                                changes.stream().map(ImportRowChange::nip).toArray()));
                ps.setArray(
                        4,
                        c.createArrayOf(
                                "text",
                                changes.stream().map(ImportRowChange::action).toArray()));
                ps.setArray(
                        5,
                        c.createArrayOf(
                                "text",
                                changes.stream()
                                        .map(x -> String.join(",", x.changedFields()))
                                        .toArray()));
                ps.executeUpdate();
            }
        }

        /** Adds the batch's counts to the job's counters. */
        public void addCounts(UUID jobId, long processed, long created, long updated, long unchanged, long rejected)
                throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("update import_job set processed_rows = processed_rows + ?, "
                    + "created = created + ?, updated = updated + ?, unchanged = unchanged + ?, rejected = rejected + ?, "
                    + "total_rows = greatest(total_rows, processed_rows + ?) where id = ?")) {
                ps.setLong(1, processed);
                ps.setLong(2, created);
                ps.setLong(3, updated);
                ps.setLong(4, unchanged);
                ps.setLong(5, rejected);
                ps.setLong(6, processed);
                ps.setObject(7, jobId);
                ps.executeUpdate();
            }
        }

        private void bindStates(PreparedStatement ps, List<ParticipantState> states) throws SQLException {
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

        /** Runs a {@code COPY ... FROM STDIN} (text format) on the transaction's connection. */
        private void copy(String sql, CopyText body) throws SQLException {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(body.bytes()), 1 << 16);
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
        }
    }

    private static final String UNNEST_STATE = "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as u(id, nip, full_name, "
            + "front_title, back_title, employment_type, rank, position_title, job_level, unit_code, email, phone, "
            + "education_level, education_major, birth_date, gender, cpns_start_month, retirement_date, status, "
            + "deactivation_reason, version)";

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }

    private static String truncate(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
