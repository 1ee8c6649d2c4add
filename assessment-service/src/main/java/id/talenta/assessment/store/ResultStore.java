package id.talenta.assessment.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.Potential;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Results and their revisions, and the one-query context the rating and result paths decide on. */
@ApplicationScoped
public class ResultStore {

    private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() {};

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    /** The participant's ratings and potential scores, as JSON arrays, read in the same round trip. */
    private static final String WORK = ", (select cast(json_agg(json_build_object('method', x.method_code, "
            + "'competency', x.competency_code, 'assessorId', x.assessor_id, 'level', x.level, 'evidence', x.evidence, "
            + "'ratedAt', x.rated_at) order by x.rated_at, x.assessor_id) as text) "
            + "from rating x where x.event_id = e.id and x.participant_id = en.participant_id) as ratings, "
            + "(select cast(json_agg(json_build_object('aspect', s.aspect_code, 'score', s.score) order by a.position) "
            + "as text) from potential_score s join potential_aspect a on a.code = s.aspect_code "
            + "where s.event_id = e.id and s.participant_id = en.participant_id) as potential ";

    /**
     * Event status, assignment of {@code assessorId} (may be null), enrollment, replica and result of the participant,
     * with {@code withWork} also the ratings and potential scores: empty when the event does not exist.
     */
    public Optional<ParticipantContext> context(UUID eventId, UUID participantId, UUID assessorId, boolean withWork) {
        return sql.statement("select e.status, "
                        + (assessorId == null
                                ? "false as assessor_exists, null as assigned, false as lead, "
                                : "exists (select 1 from assessor a where a.id = :assessorId) as assessor_exists, "
                                        + "ea.assessor_id as assigned, ea.lead, ")
                        + "en.group_code, p.nip, p.full_name, p.job_level, p.unit_code, "
                        + "r.id as result_id, r.revision, r.job_level_at_assessment, r.unit_code_at_assessment "
                        + (withWork ? WORK : ", null as ratings, null as potential ")
                        + "from assessment_event e "
                        + (assessorId == null
                                ? ""
                                : "left join event_assessor ea on ea.event_id = e.id and ea.assessor_id = :assessorId ")
                        + "left join enrollment en on en.event_id = e.id and en.participant_id = :participantId "
                        + "left join participant_replica p on p.participant_id = en.participant_id "
                        + "left join assessment_result r on r.event_id = e.id and r.participant_id = en.participant_id "
                        + "where e.id = :eventId")
                .bind("eventId", eventId)
                .bind("participantId", participantId)
                .bindIf(assessorId != null, "assessorId", assessorId)
                .one(r -> new ParticipantContext(
                        eventId,
                        participantId,
                        EventStatus.valueOf(r.string("status")),
                        Boolean.TRUE.equals(r.bool("assessor_exists")),
                        !r.isNull("assigned"),
                        Boolean.TRUE.equals(r.bool("lead")),
                        r.string("group_code"),
                        r.string("nip"),
                        r.string("full_name"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.uuid("result_id"),
                        r.isNull("revision") ? 0 : r.integer("revision"),
                        r.string("job_level_at_assessment"),
                        r.string("unit_code_at_assessment"),
                        ratings(r.string("ratings")),
                        potential(r.string("potential"))));
    }

    private List<StoredRating> ratings(String json) {
        List<StoredRating> ratings = new ArrayList<>();
        if (json != null) {
            for (JsonNode x : tree(json)) {
                ratings.add(new StoredRating(
                        new MatrixCell(
                                x.get("method").asText(), x.get("competency").asText()),
                        UUID.fromString(x.get("assessorId").asText()),
                        x.get("level").decimalValue().setScale(2),
                        x.get("evidence").isNull() ? null : x.get("evidence").asText(),
                        OffsetDateTime.parse(x.get("ratedAt").asText()).toInstant()));
            }
        }
        return ratings;
    }

    private Potential potential(String json) {
        if (json == null) {
            return null;
        }
        List<Potential.AspectScore> aspects = new ArrayList<>();
        for (JsonNode x : tree(json)) {
            aspects.add(new Potential.AspectScore(
                    x.get("aspect").asText(), x.get("score").asInt()));
        }
        return new Potential(aspects);
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rating rows", e);
        }
    }

    /**
     * The result and its first revision in one statement (one round trip); false, with nothing written, when a
     * concurrent finalization got there first.
     */
    public boolean insertFirst(
            UUID resultId,
            UUID eventId,
            UUID participantId,
            String jobLevel,
            String unitCode,
            StoredRevision revision) {
        return sql.statement("with result as (insert into assessment_result (id, event_id, participant_id, status, "
                                + "revision, job_level_at_assessment, unit_code_at_assessment, finalized_at) "
                                + "values (:resultId, :eventId, :participantId, 'FINALIZED', 1, :jobLevel, :unitCode, :at) "
                                + "on conflict (event_id, participant_id) do nothing returning id) "
                                + "insert into result_revision (result_id, revision, reason, finalized_by, finalized_at, policy, "
                                + "competencies, potential) select id, 1, null, :finalizedBy, :at, :policy, "
                                + "cast(:competencies as jsonb), cast(:potential as jsonb) from result")
                        .bind("resultId", resultId)
                        .bind("eventId", eventId)
                        .bind("participantId", participantId)
                        .bind("jobLevel", jobLevel)
                        .bind("unitCode", unitCode)
                        .bind("at", revision.finalizedAt())
                        .bind("finalizedBy", revision.finalizedBy())
                        .bind("policy", revision.policy())
                        .bind("competencies", sql.json(revision.decisions()))
                        .bind("potential", sql.json(revision.potential()))
                        .execute()
                == 1;
    }

    /** Moves the result from revision {@code from} to the next; false when another revision got there first. */
    public boolean advance(UUID resultId, int from, Instant at) {
        return sql.statement("update assessment_result set revision = :next, finalized_at = :at "
                                + "where id = :resultId and revision = :from")
                        .bind("next", from + 1)
                        .bind("at", at)
                        .bind("resultId", resultId)
                        .bind("from", from)
                        .execute()
                == 1;
    }

    public void insertRevision(UUID resultId, StoredRevision r) {
        sql.statement("insert into result_revision (result_id, revision, reason, finalized_by, finalized_at, policy, "
                        + "competencies, potential) values (:resultId, :revision, :reason, :finalizedBy, :at, :policy, "
                        + "cast(:competencies as jsonb), cast(:potential as jsonb))")
                .bind("resultId", resultId)
                .bind("revision", r.revision())
                .bind("reason", r.reason())
                .bind("finalizedBy", r.finalizedBy())
                .bind("at", r.finalizedAt())
                .bind("policy", r.policy())
                .bind("competencies", sql.json(r.decisions()))
                .bind("potential", sql.json(r.potential()))
                .execute();
    }

    /** Every revision of the result, first to latest. */
    public List<StoredRevision> revisions(UUID resultId) {
        return sql.statement("select revision, reason, finalized_by, finalized_at, policy, "
                        + "cast(competencies as text) as competencies, cast(potential as text) as potential "
                        + "from result_revision where result_id = :resultId order by revision")
                .bind("resultId", resultId)
                .list(r -> revision(resultId, r));
    }

    private StoredRevision revision(UUID resultId, Row r) {
        try {
            return new StoredRevision(
                    r.integer("revision"),
                    r.string("reason"),
                    r.uuid("finalized_by"),
                    r.instant("finalized_at"),
                    r.string("policy"),
                    mapper.readValue(r.string("competencies"), DECISIONS),
                    r.isNull("potential") ? null : mapper.readValue(r.string("potential"), Potential.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored revision of result " + resultId + " is unreadable", e);
        }
    }
}
