package id.talenta.assessment.store;

import id.talenta.assessment.api.RatingResponse;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ratings per (event, participant, method, competency, assessor) with their history, and potential scores. */
@ApplicationScoped
public class RatingStore {

    @Inject
    Sql sql;

    /** One competency's level and evidence, as rated. */
    public record Level(String competency, BigDecimal level, String evidence) {}

    /** One aspect's stored score and who scored it last. */
    public record Score(String aspect, int score, UUID assessorId) {}

    /**
     * Current value per (cell, assessor), every write appended to the rating history: one statement for all the
     * competencies of one method.
     */
    public void rate(UUID eventId, UUID participantId, String method, UUID assessorId, List<Level> levels) {
        List<Map<String, Object>> rows = levels.stream()
                .map(l -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("competency", l.competency());
                    row.put("level", l.level());
                    row.put("evidence", l.evidence());
                    return row;
                })
                .toList();
        sql.statement("with current as (insert into rating (event_id, participant_id, method_code, competency_code, "
                        + "assessor_id, level, evidence, rated_at) "
                        + "select :eventId, :participantId, :method, r.competency, :assessorId, r.level, r.evidence, now() "
                        + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(competency text, level numeric, evidence text) "
                        + "on conflict (event_id, participant_id, method_code, competency_code, assessor_id) do update "
                        + "set level = excluded.level, evidence = excluded.evidence, rated_at = excluded.rated_at "
                        + "returning competency_code, level, evidence, rated_at) "
                        + "insert into rating_history (event_id, participant_id, method_code, competency_code, "
                        + "assessor_id, level, evidence, rated_at) "
                        + "select :eventId, :participantId, :method, competency_code, :assessorId, level, evidence, rated_at "
                        + "from current")
                .bind("eventId", eventId)
                .bind("participantId", participantId)
                .bind("method", method)
                .bind("assessorId", assessorId)
                .bind("rows", sql.rows(rows))
                .execute();
    }

    /** The assessor's current ratings of the participant in the method. */
    public List<RatingResponse.Rating> ratings(UUID eventId, UUID participantId, String method, UUID assessorId) {
        return sql.statement("select competency_code, level, evidence, rated_at from rating where event_id = :eventId "
                        + "and participant_id = :participantId and method_code = :method and assessor_id = :assessorId")
                .bind("eventId", eventId)
                .bind("participantId", participantId)
                .bind("method", method)
                .bind("assessorId", assessorId)
                .list(r -> new RatingResponse.Rating(
                        r.string("competency_code"), r.decimal("level"), r.string("evidence"), r.instant("rated_at")));
    }

    /** Scores every given aspect (the last scorer is kept per aspect), one statement. */
    public void score(UUID eventId, UUID participantId, UUID assessorId, Map<String, Integer> scores) {
        List<Map<String, Object>> rows = scores.entrySet().stream()
                .map(e -> Map.<String, Object>of("aspect", e.getKey(), "score", e.getValue()))
                .toList();
        sql.statement(
                        "insert into potential_score (event_id, participant_id, aspect_code, score, assessor_id, scored_at) "
                                + "select :eventId, :participantId, r.aspect, r.score, :assessorId, now() "
                                + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(aspect text, score int) "
                                + "on conflict (event_id, participant_id, aspect_code) do update set score = excluded.score, "
                                + "assessor_id = excluded.assessor_id, scored_at = excluded.scored_at")
                .bind("eventId", eventId)
                .bind("participantId", participantId)
                .bind("assessorId", assessorId)
                .bind("rows", sql.rows(rows))
                .execute();
    }

    public List<Score> scores(UUID eventId, UUID participantId) {
        return sql.statement("select aspect_code, score, assessor_id from potential_score "
                        + "where event_id = :eventId and participant_id = :participantId")
                .bind("eventId", eventId)
                .bind("participantId", participantId)
                .list(r -> new Score(r.string("aspect_code"), r.integer("score"), r.uuid("assessor_id")));
    }
}
