package id.talenta.assessment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.assessment.api.SubjectAccessDocument.AuditEntry;
import id.talenta.assessment.api.SubjectAccessDocument.Enrollment;
import id.talenta.assessment.api.SubjectAccessDocument.HistoryEntry;
import id.talenta.assessment.api.SubjectAccessDocument.PotentialScore;
import id.talenta.assessment.api.SubjectAccessDocument.Rating;
import id.talenta.assessment.api.SubjectAccessDocument.Result;
import id.talenta.assessment.api.SubjectAccessDocument.Revision;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything this service stores about one participant, as the parts of a subject-access document. */
@ApplicationScoped
public class SubjectAccessStore {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    public List<Enrollment> enrollments(UUID participantId) {
        return sql.statement("select en.event_id, e.title, e.status, e.start_date, en.group_code, en.enrolled_at "
                        + "from enrollment en join assessment_event e on e.id = en.event_id "
                        + "where en.participant_id = :participantId order by en.enrolled_at, en.event_id")
                .bind("participantId", participantId)
                .list(r -> new Enrollment(
                        r.uuid("event_id"),
                        r.string("title"),
                        r.string("status"),
                        r.date("start_date"),
                        r.string("group_code"),
                        r.instant("enrolled_at")));
    }

    /** The current ratings, each with every value it had (the rating history), oldest first. */
    public List<Rating> ratings(UUID participantId) {
        Map<String, List<HistoryEntry>> byCell = new HashMap<>();
        for (Row r : sql.statement("select event_id, method_code, competency_code, assessor_id, level, evidence, "
                        + "rated_at from rating_history where participant_id = :participantId order by id")
                .bind("participantId", participantId)
                .rows()) {
            byCell.computeIfAbsent(cell(r), k -> new ArrayList<>())
                    .add(new HistoryEntry(r.decimal("level"), r.string("evidence"), r.instant("rated_at")));
        }
        return sql.statement("select event_id, method_code, competency_code, assessor_id, level, evidence, rated_at "
                        + "from rating where participant_id = :participantId "
                        + "order by event_id, method_code, competency_code, assessor_id")
                .bind("participantId", participantId)
                .list(r -> new Rating(
                        r.uuid("event_id"),
                        r.string("method_code"),
                        r.string("competency_code"),
                        r.uuid("assessor_id"),
                        r.decimal("level"),
                        r.string("evidence"),
                        r.instant("rated_at"),
                        byCell.getOrDefault(cell(r), List.of())));
    }

    private static String cell(Row r) {
        return r.uuid("event_id") + "/" + r.string("method_code") + "/" + r.string("competency_code") + "/"
                + r.uuid("assessor_id");
    }

    public List<PotentialScore> potential(UUID participantId) {
        return sql.statement("select s.event_id, s.aspect_code, s.score, s.assessor_id, s.scored_at "
                        + "from potential_score s join potential_aspect a on a.code = s.aspect_code "
                        + "where s.participant_id = :participantId order by s.event_id, a.position")
                .bind("participantId", participantId)
                .list(r -> new PotentialScore(
                        r.uuid("event_id"),
                        r.string("aspect_code"),
                        r.integer("score"),
                        r.uuid("assessor_id"),
                        r.instant("scored_at")));
    }

    /** The participant's results, each with every revision. */
    public List<Result> results(UUID participantId) {
        Map<UUID, List<Revision>> revisions = new HashMap<>();
        for (Row r : sql.statement(
                        "select v.result_id, v.revision, v.reason, v.finalized_by, v.finalized_at, v.policy, "
                                + "cast(v.competencies as text) as competencies, cast(v.potential as text) as potential "
                                + "from result_revision v join assessment_result res on res.id = v.result_id "
                                + "where res.participant_id = :participantId order by v.result_id, v.revision")
                .bind("participantId", participantId)
                .rows()) {
            revisions
                    .computeIfAbsent(r.uuid("result_id"), k -> new ArrayList<>())
                    .add(new Revision(
                            r.integer("revision"),
                            r.string("reason"),
                            r.uuid("finalized_by"),
                            r.instant("finalized_at"),
                            r.string("policy"),
                            json(r.string("competencies")),
                            json(r.string("potential"))));
        }
        return sql.statement(
                        "select id, event_id, status, revision, job_level_at_assessment, unit_code_at_assessment, "
                                + "finalized_at from assessment_result where participant_id = :participantId order by finalized_at")
                .bind("participantId", participantId)
                .list(r -> new Result(
                        r.uuid("id"),
                        r.uuid("event_id"),
                        r.string("status"),
                        r.integer("revision"),
                        r.string("job_level_at_assessment"),
                        r.string("unit_code_at_assessment"),
                        r.instant("finalized_at"),
                        revisions.getOrDefault(r.uuid("id"), List.of())));
    }

    /** The audit entries about the participant: their replica and enrollments, their ratings and results. */
    public List<AuditEntry> audit(UUID participantId, List<UUID> resultIds) {
        String id = participantId.toString();
        return sql.statement("select occurred_at, actor, action, entity_type, entity_id, changed_fields, "
                        + "cast(before as text) as before, cast(after as text) as after, reason from audit_log "
                        + "where entity_id = :id or entity_id like :within "
                        + "or entity_id = any(cast(:results as text[])) order by id")
                .bind("id", id)
                .bind("within", "%/" + id + "%")
                .bind("results", resultIds.stream().map(UUID::toString).toList())
                .list(r -> new AuditEntry(
                        r.instant("occurred_at"),
                        r.string("actor"),
                        r.string("action"),
                        r.string("entity_type"),
                        r.string("entity_id"),
                        r.strings("changed_fields"),
                        json(r.string("before")),
                        json(r.string("after")),
                        r.string("reason")));
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
