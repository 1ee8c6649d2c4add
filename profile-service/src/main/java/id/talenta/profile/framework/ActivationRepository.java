package id.talenta.profile.framework;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.profile.profile.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ActivationRepository {

    private static final String COLUMNS = "id, framework_version, status, total_profiles, processed_profiles, "
            + "changed_profiles, unchanged_profiles, failed_profiles, errors::text, requested_by, created_at, started_at, "
            + "finished_at";
    private static final int MAX_ERRORS = 100;

    @Inject ProfileRepository sql;
    @Inject ObjectMapper mapper;

    public Optional<Activation> find(UUID id) {
        return sql.query("select " + COLUMNS + " from framework_activation where id = ?", ps -> ps.setObject(1, id),
                this::row).stream().findFirst();
    }

    public List<Activation> unfinished() {
        return sql.query("select " + COLUMNS + " from framework_activation where status in ('QUEUED', 'RUNNING')",
                ps -> { }, this::row);
    }

    public boolean anyUnfinished() {
        return !unfinished().isEmpty();
    }

    public void insert(UUID id, int version, long total, String requestedBy) {
        sql.update("insert into framework_activation (id, framework_version, status, total_profiles, requested_by) "
                + "values (?, ?, 'QUEUED', ?, ?)", ps -> {
                    ps.setObject(1, id);
                    ps.setInt(2, version);
                    ps.setLong(3, total);
                    ps.setString(4, requestedBy);
                });
    }

    public void start(UUID id) {
        sql.update("update framework_activation set status = 'RUNNING', started_at = coalesce(started_at, now()) "
                + "where id = ?", ps -> ps.setObject(1, id));
    }

    public Optional<UUID> cursor(UUID id) {
        return sql.query("select last_participant_id from framework_activation where id = ?", ps -> ps.setObject(1, id),
                rs -> rs.getObject(1, UUID.class)).stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Records a batch's progress in the batch's own transaction, so a restart resumes after it. */
    public void progress(UUID id, UUID lastParticipantId, int processed, int changed, int unchanged,
            List<Activation.Error> errors) {
        sql.update("update framework_activation set last_participant_id = ?, processed_profiles = processed_profiles + ?, "
                + "changed_profiles = changed_profiles + ?, unchanged_profiles = unchanged_profiles + ?, "
                + "failed_profiles = failed_profiles + ?, errors = case when jsonb_array_length(errors) < " + MAX_ERRORS
                + " then errors || cast(? as jsonb) else errors end where id = ?", ps -> {
                    ps.setObject(1, lastParticipantId);
                    ps.setInt(2, processed);
                    ps.setInt(3, changed);
                    ps.setInt(4, unchanged);
                    ps.setInt(5, errors.size());
                    ps.setString(6, sql.write(errors));
                    ps.setObject(7, id);
                });
    }

    public void finish(UUID id, String status, String error) {
        sql.update("update framework_activation set status = ?, finished_at = now(), "
                + "total_profiles = greatest(total_profiles, processed_profiles), errors = case when ? is null then errors "
                + "else errors || jsonb_build_array(jsonb_build_object('participantId', null, 'message', ?::text)) end "
                + "where id = ?", ps -> {
                    ps.setString(1, status);
                    ps.setString(2, error);
                    ps.setString(3, error);
                    ps.setObject(4, id);
                });
    }

    private Activation row(ResultSet rs) throws SQLException {
        List<Activation.Error> errors;
        try {
            errors = mapper.readValue(rs.getString(9), new TypeReference<List<Activation.Error>>() { });
        } catch (Exception e) {
            errors = List.of();
        }
        return new Activation(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                rs.getLong(6), rs.getLong(7), rs.getLong(8), errors, rs.getString(10), instant(rs, 11), instant(rs, 12),
                instant(rs, 13));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
