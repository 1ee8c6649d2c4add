package id.talenta.profile.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.ResultSource;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Profiles, the latest-profile read model and the participant replica, in plain SQL (a handful of
 * statements per event; the connection is the one enlisted in the caller's transaction).
 */
@ApplicationScoped
public class ProfileRepository {

    private static final String LATEST_COLUMNS = "participant_id, profile_id, revision, nip, full_name, job_level, "
            + "unit_code, framework_version, assessment_event_id, result_revision, assessment_date, finalized_at, "
            + "outcome_fingerprint, input::text, document->'source'->>'resultId', jpm, mapping_category, selection_category, "
            + "potential_category";

    @Inject AgroalDataSource dataSource;
    @Inject ObjectMapper mapper;

    // ---- participant replica ------------------------------------------------------------------------------

    public Optional<ParticipantReplica> replica(UUID participantId) {
        return query("select participant_id, nip, full_name, job_level, unit_code, status, revision "
                + "from participant_replica where participant_id = ?", ps -> ps.setObject(1, participantId), rs ->
                new ParticipantReplica(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        JobLevel.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .stream().findFirst();
    }

    /** Stores the snapshot unless the replica already has this revision or a later one; true when applied. */
    public boolean upsertReplica(ParticipantReplica p) {
        return update("insert into participant_replica (participant_id, nip, full_name, job_level, unit_code, status, "
                + "revision) values (?, ?, ?, ?, ?, ?, ?) on conflict (participant_id) do update set nip = excluded.nip, "
                + "full_name = excluded.full_name, job_level = excluded.job_level, unit_code = excluded.unit_code, "
                + "status = excluded.status, revision = excluded.revision, updated_at = now() "
                + "where participant_replica.revision < excluded.revision", ps -> {
                    ps.setObject(1, p.participantId());
                    ps.setString(2, p.nip());
                    ps.setString(3, p.fullName());
                    ps.setString(4, p.jobLevel().name());
                    ps.setString(5, p.unitCode());
                    ps.setString(6, p.status());
                    ps.setInt(7, p.revision());
                }) == 1;
    }

    // ---- revision guard -----------------------------------------------------------------------------------

    /** Records the result revision for (participant, assessment event); false when it is not newer than the last. */
    public boolean advanceWatermark(UUID participantId, UUID assessmentEventId, int revision, Instant finalizedAt) {
        return update("insert into result_watermark (participant_id, assessment_event_id, result_revision, finalized_at) "
                + "values (?, ?, ?, ?) on conflict (participant_id, assessment_event_id) do update "
                + "set result_revision = excluded.result_revision, finalized_at = excluded.finalized_at "
                + "where result_watermark.result_revision < excluded.result_revision", ps -> {
                    ps.setObject(1, participantId);
                    ps.setObject(2, assessmentEventId);
                    ps.setInt(3, revision);
                    ps.setTimestamp(4, Timestamp.from(finalizedAt));
                }) == 1;
    }

    // ---- latest profile -----------------------------------------------------------------------------------

    public Optional<LatestProfile> latest(UUID participantId, boolean forUpdate) {
        return query("select " + LATEST_COLUMNS + " from latest_profile where participant_id = ?"
                + (forUpdate ? " for update" : ""), ps -> ps.setObject(1, participantId), this::latestRow)
                .stream().findFirst();
    }

    /** A page of latest profiles in participant id order after {@code after}, locked for a recomputation. */
    public List<LatestProfile> latestBatchForUpdate(UUID after, int size) {
        return query("select " + LATEST_COLUMNS + " from latest_profile where participant_id > ? "
                + "order by participant_id limit ? for update", ps -> {
                    ps.setObject(1, after == null ? new UUID(0L, 0L) : after); // PostgreSQL orders uuids as unsigned bytes: nil is the minimum
                    ps.setInt(2, size);
                }, this::latestRow);
    }

    /**
     * Claims up to {@code size} latest profiles still current on a day after their validity ({@code valid_until <
     * today}); rows another instance is expiring are skipped, not waited for.
     */
    public List<Expiring> lockExpiring(LocalDate today, int size) {
        return query("select participant_id, valid_until from latest_profile where not expired and valid_until < ? "
                + "order by participant_id limit ? for update skip locked", ps -> {
                    ps.setDate(1, Date.valueOf(today));
                    ps.setInt(2, size);
                }, rs -> new Expiring(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate()));
    }

    /** A latest profile past its validity, with the last day it counted. */
    public record Expiring(UUID participantId, LocalDate validUntil) {}

    /** The last day the latest profile's result counts (null: none recorded). */
    public LocalDate validUntil(UUID participantId) {
        List<Date> d = query("select valid_until from latest_profile where participant_id = ?",
                ps -> ps.setObject(1, participantId), rs -> rs.getDate(1));
        return d.isEmpty() || d.get(0) == null ? null : d.get(0).toLocalDate();
    }

    /** The latest profile document of a participant (as stored). */
    public ProfileDocument latestDocument(UUID participantId) {
        return read(query("select document::text from latest_profile where participant_id = ?",
                ps -> ps.setObject(1, participantId), rs -> rs.getString(1)).get(0), ProfileDocument.class);
    }

    public long countLatest() {
        return query("select count(*) from latest_profile", ps -> { }, rs -> rs.getLong(1)).get(0);
    }

    private LatestProfile latestRow(ResultSet rs) throws SQLException {
        Date date = rs.getDate(11);
        ResultSource source = new ResultSource(rs.getObject(9, UUID.class), UUID.fromString(rs.getString(15)),
                rs.getInt(10), rs.getObject(12, OffsetDateTime.class).toInstant(),
                date == null ? null : date.toLocalDate());
        return new LatestProfile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                rs.getString(4), rs.getString(5), JobLevel.valueOf(rs.getString(6)), rs.getString(7), rs.getInt(8),
                source, rs.getString(13), read(rs.getString(14), AssessmentInput.class), rs.getBigDecimal(16),
                rs.getString(17), rs.getString(18), rs.getString(19));
    }

    /**
     * Appends the version to the history and makes it the latest: profile insert, latest upsert, and the
     * latest competency rows replaced (four statements, whatever the number of competencies). Returns the JSON.
     */
    public String saveVersion(ProfileDocument doc, AssessmentInput input, String fingerprint) {
        String json = write(doc);
        update("insert into profile (id, participant_id, revision, nip, job_level, unit_code, framework_version, "
                + "assessment_event_id, result_id, result_revision, jpm, mapping_category, reason, computed_at, document) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))", ps -> {
                    ps.setObject(1, doc.profileId());
                    ps.setObject(2, doc.participantId());
                    ps.setInt(3, doc.revision());
                    ps.setString(4, doc.nip());
                    ps.setString(5, doc.jobLevel().name());
                    ps.setString(6, doc.unitCode());
                    ps.setInt(7, doc.frameworkVersion());
                    ps.setObject(8, doc.source().assessmentEventId());
                    ps.setObject(9, doc.source().resultId());
                    ps.setInt(10, doc.source().resultRevision());
                    ps.setBigDecimal(11, doc.jpm());
                    ps.setString(12, doc.mappingCategory().name());
                    ps.setString(13, doc.reason().name());
                    ps.setTimestamp(14, Timestamp.from(doc.computedAt()));
                    ps.setString(15, json);
                });
        update("insert into latest_profile (participant_id, profile_id, revision, nip, full_name, job_level, unit_code, "
                + "framework_version, assessment_event_id, result_revision, assessment_date, finalized_at, jpm, "
                + "mapping_category, selection_category, potential_score, potential_category, computed_at, "
                + "outcome_fingerprint, input, document, valid_until, expired) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?) on conflict (participant_id) do update set "
                + "profile_id = excluded.profile_id, revision = excluded.revision, nip = excluded.nip, "
                + "full_name = excluded.full_name, job_level = excluded.job_level, unit_code = excluded.unit_code, "
                + "framework_version = excluded.framework_version, assessment_event_id = excluded.assessment_event_id, "
                + "result_revision = excluded.result_revision, assessment_date = excluded.assessment_date, "
                + "finalized_at = excluded.finalized_at, jpm = excluded.jpm, mapping_category = excluded.mapping_category, "
                + "selection_category = excluded.selection_category, potential_score = excluded.potential_score, "
                + "potential_category = excluded.potential_category, computed_at = excluded.computed_at, "
                + "outcome_fingerprint = excluded.outcome_fingerprint, input = excluded.input, document = excluded.document, "
                + "valid_until = excluded.valid_until, expired = excluded.expired",
                ps -> {
                    ps.setObject(1, doc.participantId());
                    ps.setObject(2, doc.profileId());
                    ps.setInt(3, doc.revision());
                    ps.setString(4, doc.nip());
                    ps.setString(5, doc.fullName());
                    ps.setString(6, doc.jobLevel().name());
                    ps.setString(7, doc.unitCode());
                    ps.setInt(8, doc.frameworkVersion());
                    ps.setObject(9, doc.source().assessmentEventId());
                    ps.setInt(10, doc.source().resultRevision());
                    LocalDate date = doc.source().assessmentDate();
                    ps.setDate(11, date == null ? null : Date.valueOf(date));
                    ps.setTimestamp(12, Timestamp.from(doc.source().finalizedAt()));
                    ps.setBigDecimal(13, doc.jpm());
                    ps.setString(14, doc.mappingCategory().name());
                    ps.setString(15, doc.selectionCategory().name());
                    ps.setBigDecimal(16, doc.potential().score());
                    ps.setString(17, doc.potential().category().name());
                    ps.setTimestamp(18, Timestamp.from(doc.computedAt()));
                    ps.setString(19, fingerprint);
                    ps.setString(20, write(input));
                    ps.setString(21, json);
                    ps.setDate(22, doc.validUntil() == null ? null : Date.valueOf(doc.validUntil()));
                    ps.setBoolean(23, doc.expired());
                });
        update("delete from latest_profile_competency where participant_id = ?",
                ps -> ps.setObject(1, doc.participantId()));
        update("insert into latest_profile_competency (participant_id, code, type, unit_code, job_level, required, "
                + "achieved, gap, meets) select ?, c.code, c.type, ?, ?, c.required, c.achieved, c.gap, c.meets "
                + "from jsonb_to_recordset(cast(? as jsonb) -> 'competencies') as c(code text, type text, "
                + "required numeric, achieved numeric, gap numeric, meets boolean)", ps -> {
                    ps.setObject(1, doc.participantId());
                    ps.setString(2, doc.unitCode());
                    ps.setString(3, doc.jobLevel().name());
                    ps.setString(4, json);
                });
        return json;
    }

    /** Keeps who-and-where of the latest profile in step with the replica (no new version: the outcome is unchanged). */
    public void syncIdentity(UUID participantId, String nip, String fullName, String unitCode) {
        update("update latest_profile set nip = ?, full_name = ?, unit_code = ?, document = document || "
                + "jsonb_build_object('nip', ?::text, 'fullName', ?::text, 'unitCode', ?::text) where participant_id = ?",
                ps -> {
                    ps.setString(1, nip);
                    ps.setString(2, fullName);
                    ps.setString(3, unitCode);
                    ps.setString(4, nip);
                    ps.setString(5, fullName);
                    ps.setString(6, unitCode);
                    ps.setObject(7, participantId);
                });
        update("update latest_profile_competency set unit_code = ? where participant_id = ? and unit_code <> ?", ps -> {
            ps.setString(1, unitCode);
            ps.setObject(2, participantId);
            ps.setString(3, unitCode);
        });
    }

    // ---- JDBC plumbing ------------------------------------------------------------------------------------

    public interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> rows) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rs.next()) {
                    result.add(rows.map(rs));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + e.getMessage(), e);
        }
    }

    public int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + e.getMessage(), e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + type.getSimpleName(), e);
        }
    }
}
