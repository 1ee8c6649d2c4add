package id.talenta.profile.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Framework activation jobs: status, counters, the cursor a restarted instance resumes from, and errors. */
@ApplicationScoped
public class ActivationStore {

    private static final String COLUMNS = "id, framework_version, status, total_profiles, processed_profiles, "
            + "changed_profiles, unchanged_profiles, failed_profiles, cast(errors as text) as errors, requested_by, "
            + "created_at, started_at, finished_at";
    private static final int MAX_ERRORS = 100;

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    public Optional<Activation> find(UUID id) {
        return sql.statement("select " + COLUMNS + " from framework_activation where id = :id")
                .bind("id", id)
                .one(this::row);
    }

    public List<Activation> unfinished() {
        return sql.statement("select " + COLUMNS + " from framework_activation where status in ('QUEUED', 'RUNNING')")
                .list(this::row);
    }

    public boolean anyUnfinished() {
        return !unfinished().isEmpty();
    }

    public void insert(UUID id, int version, long total, String requestedBy) {
        sql.statement("insert into framework_activation (id, framework_version, status, total_profiles, requested_by) "
                        + "values (:id, :version, 'QUEUED', :total, :requestedBy)")
                .bind("id", id)
                .bind("version", version)
                .bind("total", total)
                .bind("requestedBy", requestedBy)
                .execute();
    }

    public void start(UUID id) {
        sql.statement("update framework_activation set status = 'RUNNING', started_at = coalesce(started_at, now()) "
                        + "where id = :id")
                .bind("id", id)
                .execute();
    }

    public Optional<UUID> cursor(UUID id) {
        return sql
                .statement("select last_participant_id from framework_activation where id = :id")
                .bind("id", id)
                .rows()
                .stream()
                .map(r -> r.uuid("last_participant_id"))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /** Records a batch's progress in the batch's own transaction, so a restart resumes after it. */
    public void progress(
            UUID id, UUID lastParticipantId, int processed, int changed, int unchanged, List<Activation.Error> errors) {
        sql.statement("update framework_activation set last_participant_id = :last, "
                        + "processed_profiles = processed_profiles + :processed, changed_profiles = changed_profiles + :changed, "
                        + "unchanged_profiles = unchanged_profiles + :unchanged, failed_profiles = failed_profiles + :failed, "
                        + "errors = case when jsonb_array_length(errors) < " + MAX_ERRORS
                        + " then errors || cast(:errors as jsonb) else errors end where id = :id")
                .bind("last", lastParticipantId)
                .bind("processed", processed)
                .bind("changed", changed)
                .bind("unchanged", unchanged)
                .bind("failed", errors.size())
                .bind("errors", sql.json(errors))
                .bind("id", id)
                .execute();
    }

    public void finish(UUID id, String status, String error) {
        sql.statement("update framework_activation set status = :status, finished_at = now(), "
                        + "total_profiles = greatest(total_profiles, processed_profiles), errors = case when "
                        + "cast(:error as text) is null then errors else errors || jsonb_build_array(jsonb_build_object("
                        + "'participantId', null, 'message', cast(:error as text))) end where id = :id")
                .bind("status", status)
                .bind("error", error)
                .bind("id", id)
                .execute();
    }

    private Activation row(Row r) {
        List<Activation.Error> errors;
        try {
            errors = mapper.readValue(r.string("errors"), new TypeReference<List<Activation.Error>>() {});
        } catch (Exception e) {
            errors = List.of();
        }
        return new Activation(
                r.uuid("id"),
                r.integer("framework_version"),
                r.string("status"),
                r.count("total_profiles"),
                r.count("processed_profiles"),
                r.count("changed_profiles"),
                r.count("unchanged_profiles"),
                r.count("failed_profiles"),
                errors,
                r.string("requested_by"),
                r.instant("created_at"),
                r.instant("started_at"),
                r.instant("finished_at"));
    }
}
