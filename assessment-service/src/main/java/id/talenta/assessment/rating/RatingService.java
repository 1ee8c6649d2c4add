package id.talenta.assessment.rating;

import id.talenta.assessment.api.PotentialRequest;
import id.talenta.assessment.api.PotentialResponse;
import id.talenta.assessment.api.RatingRequest;
import id.talenta.assessment.api.RatingResponse;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.campaign.Rows;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.assessment.security.AssessorIdentity;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Records per-method competency ratings and potential scores while an event runs. */
@ApplicationScoped
public class RatingService {

    @Inject EntityManager em;
    @Inject EventDefinitions definitions;
    @Inject ReferenceData reference;
    @Inject AssessorIdentity identity;
    @Inject AuditTrail audit;

    @Transactional
    @SuppressWarnings("unchecked")
    public RatingResponse rate(UUID eventId, UUID participantId, String method, RatingRequest r) {
        boolean onBehalf = identity.requireMayActAs("assessorId", r.assessorId());
        EventDefinition d = definitions.find(eventId)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        if (!reference.isMethod(method)) {
            throw ProblemException.badRequest("method", "unknown method " + method + "; known: "
                    + String.join(", ", reference.methods().keySet()));
        }
        if (!d.usesMethod(method)) {
            throw ProblemException.badRequest("method", "event " + eventId + " does not use method " + method
                    + "; its methods: " + String.join(", ", d.methods()));
        }
        Set<String> measured = d.competenciesOf(method);
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.ratings().size(); i++) {
            String c = r.ratings().get(i).competency();
            if (!measured.contains(c)) {
                errors.add(new FieldError("ratings[" + i + "].competency", "method " + method
                        + " does not measure " + c + " in this event; it measures " + String.join(", ", measured)));
            } else if (!seen.add(c)) {
                errors.add(new FieldError("ratings[" + i + "].competency", c + " is rated twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        ParticipantContext ctx = ParticipantContext.load(em, eventId, participantId, r.assessorId());
        ctx.requireAssigned("assessorId", r.assessorId());
        ctx.requireRatable();
        Map<String, Object> before = cells(eventId, participantId, method, r.assessorId());
        for (RatingRequest.CompetencyRating rating : r.ratings()) {
            // Current value per (cell, assessor), and every write appended to the history.
            em.createNativeQuery("with current as (insert into rating (event_id, participant_id, method_code, "
                            + "competency_code, assessor_id, level, evidence, rated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now()) "
                            + "on conflict (event_id, participant_id, method_code, competency_code, assessor_id) do update "
                            + "set level = excluded.level, evidence = excluded.evidence, rated_at = excluded.rated_at "
                            + "returning rated_at) "
                            + "insert into rating_history (event_id, participant_id, method_code, competency_code, "
                            + "assessor_id, level, evidence, rated_at) select ?1, ?2, ?3, ?4, ?5, ?6, ?7, rated_at from current")
                    .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, method)
                    .setParameter(4, rating.competency()).setParameter(5, r.assessorId())
                    .setParameter(6, rating.level().setScale(2, RoundingMode.UNNECESSARY))
                    .setParameter(7, rating.evidence())
                    .executeUpdate();
        }
        List<Object[]> rows = em.createNativeQuery("select competency_code, level, evidence, rated_at from rating "
                        + "where event_id = ?1 and participant_id = ?2 and method_code = ?3 and assessor_id = ?4")
                .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, method)
                .setParameter(4, r.assessorId()).getResultList();
        List<String> order = d.competencies().stream().map(EventDefinition.Competency::code).toList();
        List<RatingResponse.Rating> ratings = rows.stream()
                .map(x -> new RatingResponse.Rating((String) x[0], Rows.decimal(x[1]), (String) x[2], Rows.instant(x[3])))
                .sorted(java.util.Comparator.comparingInt(x -> order.indexOf(x.competency())))
                .toList();
        Map<String, Object> after = new LinkedHashMap<>();
        ratings.forEach(x -> after.put(x.competency(), Map.of("level", x.level(), "evidence",
                x.evidence() == null ? "" : x.evidence())));
        if (onBehalf) {
            after.put("actedOnBehalfOfAssessor", r.assessorId());
        }
        audit.record(before.isEmpty() ? "RATE" : "RERATE", "rating",
                eventId + "/" + participantId + "/" + method + "/" + r.assessorId(), before.isEmpty() ? null : before,
                after, null);
        return new RatingResponse(eventId, participantId, method, r.assessorId(), ratings);
    }

    /** The assessor's current ratings of the participant in the method, competency → {level, evidence}. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> cells(UUID eventId, UUID participantId, String method, UUID assessorId) {
        List<Object[]> rows = em.createNativeQuery("select competency_code, level, evidence from rating "
                        + "where event_id = ?1 and participant_id = ?2 and method_code = ?3 and assessor_id = ?4")
                .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, method)
                .setParameter(4, assessorId).getResultList();
        Map<String, Object> cells = new LinkedHashMap<>();
        rows.forEach(x -> cells.put((String) x[0], Map.of("level", Rows.decimal(x[1]), "evidence",
                x[2] == null ? "" : (String) x[2])));
        return cells;
    }

    @Transactional
    public PotentialResponse potential(UUID eventId, UUID participantId, PotentialRequest r) {
        boolean onBehalf = identity.requireMayActAs("assessorId", r.assessorId());
        if (definitions.find(eventId).isEmpty()) {
            throw ProblemException.notFound("Assessment event", eventId);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.aspects().size(); i++) {
            String a = r.aspects().get(i).aspect();
            if (!reference.isAspect(a)) {
                errors.add(new FieldError("aspects[" + i + "].aspect", "unknown aspect " + a + "; known: "
                        + String.join(", ", reference.aspects().keySet())));
            } else if (!seen.add(a)) {
                errors.add(new FieldError("aspects[" + i + "].aspect", a + " is scored twice"));
            }
        }
        if (errors.isEmpty() && !seen.containsAll(reference.aspects().keySet())) {
            Set<String> missing = new java.util.LinkedHashSet<>(reference.aspects().keySet());
            missing.removeAll(seen);
            errors.add(new FieldError("aspects", "all aspects must be scored; missing " + String.join(", ", missing)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        ParticipantContext ctx = ParticipantContext.load(em, eventId, participantId, r.assessorId());
        ctx.requireAssigned("assessorId", r.assessorId());
        ctx.requireRatable();
        Map<String, Object> before = scores(eventId, participantId);
        for (PotentialRequest.AspectScore s : r.aspects()) {
            em.createNativeQuery("insert into potential_score (event_id, participant_id, aspect_code, score, assessor_id, "
                            + "scored_at) values (?1, ?2, ?3, ?4, ?5, now()) on conflict (event_id, participant_id, aspect_code) "
                            + "do update set score = excluded.score, assessor_id = excluded.assessor_id, scored_at = now()")
                    .setParameter(1, eventId).setParameter(2, participantId).setParameter(3, s.aspect())
                    .setParameter(4, s.score()).setParameter(5, r.assessorId()).executeUpdate();
        }
        List<String> order = List.copyOf(reference.aspects().keySet());
        List<PotentialResponse.Aspect> aspects = r.aspects().stream()
                .sorted(java.util.Comparator.comparingInt(a -> order.indexOf(a.aspect())))
                .map(a -> new PotentialResponse.Aspect(a.aspect(), a.score())).toList();
        Map<String, Object> after = new LinkedHashMap<>();
        aspects.forEach(a -> after.put(a.aspect(), a.score()));
        after.put("assessorId", r.assessorId());
        if (onBehalf) {
            after.put("actedOnBehalfOfAssessor", r.assessorId());
        }
        audit.record(before.isEmpty() ? "SCORE_POTENTIAL" : "RESCORE_POTENTIAL", "potential",
                eventId + "/" + participantId, before.isEmpty() ? null : before, after, null);
        return new PotentialResponse(eventId, participantId, r.assessorId(), aspects);
    }

    /** The stored potential scores, aspect → score, plus the assessorId of the last scorer. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> scores(UUID eventId, UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("select aspect_code, score, assessor_id from potential_score "
                        + "where event_id = ?1 and participant_id = ?2")
                .setParameter(1, eventId).setParameter(2, participantId).getResultList();
        Map<String, Object> scores = new LinkedHashMap<>();
        rows.forEach(x -> {
            scores.put((String) x[0], ((Number) x[1]).intValue());
            scores.put("assessorId", Rows.uuid(x[2]));
        });
        return scores;
    }
}
