package id.talenta.profile.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reads of a subject access export: everything stored about one person, as stored. */
@ApplicationScoped
public class SubjectAccessStore {

    @Inject
    Sql sql;

    /** The replica row with the time it was last changed. */
    public record ReplicaRow(
            UUID participantId,
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            String status,
            int revision,
            Instant updatedAt) {}

    /** The latest profile document and the assessment input it was computed from (JSON as stored). */
    public record LatestRow(String nip, String document, String input) {}

    /** The highest result revision received for one assessment event. */
    public record WatermarkRow(UUID assessmentEventId, int resultRevision, Instant finalizedAt) {}

    /** One audit entry about the person, without the officer who made it. */
    public record HistoryRow(
            Instant occurredAt, String action, String entityType, List<String> changedFields, String reason) {}

    public Optional<ReplicaRow> replica(UUID participantId) {
        return sql.statement(
                        "select participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at "
                                + "from participant_replica where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> new ReplicaRow(
                        r.uuid("participant_id"),
                        r.string("nip"),
                        r.string("full_name"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.string("status"),
                        r.integer("revision"),
                        r.instant("updated_at")));
    }

    public Optional<LatestRow> latest(UUID participantId) {
        return sql.statement("select nip, cast(document as text) as document, cast(input as text) as input "
                        + "from latest_profile where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> new LatestRow(r.string("nip"), r.string("document"), r.string("input")));
    }

    /** Every profile version (documents as stored), oldest first. */
    public List<String> versions(UUID participantId) {
        return sql.statement("select cast(document as text) as document from profile "
                        + "where participant_id = :participantId order by revision")
                .bind("participantId", participantId)
                .list(r -> r.string("document"));
    }

    public List<WatermarkRow> watermarks(UUID participantId) {
        return sql.statement("select assessment_event_id, result_revision, finalized_at from result_watermark "
                        + "where participant_id = :participantId order by finalized_at")
                .bind("participantId", participantId)
                .list(r -> new WatermarkRow(
                        r.uuid("assessment_event_id"), r.integer("result_revision"), r.instant("finalized_at")));
    }

    /** The audit entries whose entity is the person (profile, replica, export), oldest first. */
    public List<HistoryRow> history(UUID participantId) {
        return sql.statement("select occurred_at, action, entity_type, changed_fields, reason from audit_log "
                        + "where entity_id = :entityId order by id")
                .bind("entityId", participantId.toString())
                .list(r -> new HistoryRow(
                        r.instant("occurred_at"),
                        r.string("action"),
                        r.string("entity_type"),
                        r.strings("changed_fields"),
                        r.string("reason")));
    }
}
