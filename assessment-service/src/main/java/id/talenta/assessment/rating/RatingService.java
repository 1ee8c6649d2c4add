package id.talenta.assessment.rating;

import id.talenta.assessment.api.PotentialRequest;
import id.talenta.assessment.api.PotentialResponse;
import id.talenta.assessment.api.RatingRequest;
import id.talenta.assessment.api.RatingResponse;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.assessment.security.AssessorIdentity;
import id.talenta.assessment.store.ParticipantContext;
import id.talenta.assessment.store.RatingStore;
import id.talenta.assessment.store.ResultStore;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Records per-method competency ratings and potential scores while an event runs. */
@ApplicationScoped
public class RatingService {

    @Inject
    ResultStore results;

    @Inject
    RatingStore ratingStore;

    @Inject
    EventDefinitions definitions;

    @Inject
    ReferenceData reference;

    @Inject
    AssessorIdentity identity;

    @Inject
    AuditTrail audit;

    @Transactional
    public RatingResponse rate(UUID eventId, UUID participantId, String method, RatingRequest r) {
        boolean onBehalf = identity.requireMayActAs("assessorId", r.assessorId());
        EventDefinition d =
                definitions.find(eventId).orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        if (!reference.isMethod(method)) {
            throw ProblemException.badRequest(
                    "method",
                    "unknown method " + method + "; known: "
                            + String.join(", ", reference.methods().keySet()));
        }
        if (!d.usesMethod(method)) {
            throw ProblemException.badRequest(
                    "method",
                    "event " + eventId + " does not use method " + method + "; its methods: "
                            + String.join(", ", d.methods()));
        }
        Set<String> measured = d.competenciesOf(method);
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < r.ratings().size(); i++) {
            String c = r.ratings().get(i).competency();
            if (!measured.contains(c)) {
                errors.add(new FieldError(
                        "ratings[" + i + "].competency",
                        "method " + method + " does not measure " + c + " in this event; it measures "
                                + String.join(", ", measured)));
            } else if (!seen.add(c)) {
                errors.add(new FieldError("ratings[" + i + "].competency", c + " is rated twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        ParticipantContext ctx = context(eventId, participantId, r.assessorId());
        ctx.requireAssigned("assessorId", r.assessorId());
        ctx.requireRatable();
        Map<String, Object> before = auditView(ratingStore.ratings(eventId, participantId, method, r.assessorId()));
        ratingStore.rate(
                eventId,
                participantId,
                method,
                r.assessorId(),
                r.ratings().stream()
                        .map(x -> new RatingStore.Level(
                                x.competency(), x.level().setScale(2, RoundingMode.UNNECESSARY), x.evidence()))
                        .toList());
        List<String> order =
                d.competencies().stream().map(EventDefinition.Competency::code).toList();
        List<RatingResponse.Rating> ratings =
                ratingStore.ratings(eventId, participantId, method, r.assessorId()).stream()
                        .sorted(Comparator.comparingInt(x -> order.indexOf(x.competency())))
                        .toList();
        Map<String, Object> after = auditView(ratings);
        if (onBehalf) {
            after.put("actedOnBehalfOfAssessor", r.assessorId());
        }
        audit.record(
                AuditAction.RATE,
                "rating",
                eventId + "/" + participantId + "/" + method + "/" + r.assessorId(),
                before.isEmpty() ? null : before,
                after,
                null);
        return new RatingResponse(eventId, participantId, method, r.assessorId(), ratings);
    }

    private ParticipantContext context(UUID eventId, UUID participantId, UUID assessorId) {
        return results.context(eventId, participantId, assessorId, false)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId))
                .requireEnrolled();
    }

    /** What the audit trail keeps of an assessor's ratings in one method: competency → {level, evidence}. */
    private static Map<String, Object> auditView(List<RatingResponse.Rating> ratings) {
        Map<String, Object> view = new LinkedHashMap<>();
        ratings.forEach(x -> view.put(
                x.competency(), Map.of("level", x.level(), "evidence", x.evidence() == null ? "" : x.evidence())));
        return view;
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
                errors.add(new FieldError(
                        "aspects[" + i + "].aspect",
                        "unknown aspect " + a + "; known: "
                                + String.join(", ", reference.aspects().keySet())));
            } else if (!seen.add(a)) {
                errors.add(new FieldError("aspects[" + i + "].aspect", a + " is scored twice"));
            }
        }
        if (errors.isEmpty() && !seen.containsAll(reference.aspects().keySet())) {
            Set<String> missing =
                    new java.util.LinkedHashSet<>(reference.aspects().keySet());
            missing.removeAll(seen);
            errors.add(new FieldError("aspects", "all aspects must be scored; missing " + String.join(", ", missing)));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        ParticipantContext ctx = context(eventId, participantId, r.assessorId());
        ctx.requireAssigned("assessorId", r.assessorId());
        ctx.requireRatable();
        Map<String, Object> before = new LinkedHashMap<>();
        ratingStore.scores(eventId, participantId).forEach(x -> {
            before.put(x.aspect(), x.score());
            before.put("assessorId", x.assessorId());
        });
        Map<String, Integer> scores = new LinkedHashMap<>();
        r.aspects().forEach(a -> scores.put(a.aspect(), a.score()));
        ratingStore.score(eventId, participantId, r.assessorId(), scores);
        List<String> order = List.copyOf(reference.aspects().keySet());
        List<PotentialResponse.Aspect> aspects = r.aspects().stream()
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.aspect())))
                .map(a -> new PotentialResponse.Aspect(a.aspect(), a.score()))
                .toList();
        Map<String, Object> after = new LinkedHashMap<>();
        aspects.forEach(a -> after.put(a.aspect(), a.score()));
        after.put("assessorId", r.assessorId());
        if (onBehalf) {
            after.put("actedOnBehalfOfAssessor", r.assessorId());
        }
        audit.record(
                AuditAction.RATE,
                "potential",
                eventId + "/" + participantId,
                before.isEmpty() ? null : before,
                after,
                null);
        return new PotentialResponse(eventId, participantId, r.assessorId(), aspects);
    }
}
