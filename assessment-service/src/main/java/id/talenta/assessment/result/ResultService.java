package id.talenta.assessment.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.assessment.api.FinalizeRequest;
import id.talenta.assessment.api.OverrideRequest;
import id.talenta.assessment.api.ProgressResponse;
import id.talenta.assessment.api.ResultResponse;
import id.talenta.assessment.api.RevisionRequest;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.campaign.Rows;
import id.talenta.assessment.config.Topics;
import id.talenta.assessment.domain.Completeness;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.FinalLevels;
import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.IntegrationPolicy;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.PotentialRevision;
import id.talenta.assessment.events.ResultFinalized;
import id.talenta.assessment.rating.ParticipantContext;
import id.talenta.assessment.security.AssessorIdentity;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.outbox.Outbox;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Integration, finalization and revision of results, and the views over them. */
@ApplicationScoped
public class ResultService {

    /** One stored rating: cell, assessor, level, evidence, time. */
    record StoredRating(MatrixCell cell, UUID assessorId, BigDecimal level, String evidence, Instant ratedAt) {}

    /** One stored revision. */
    record StoredRevision(int revision, String reason, UUID finalizedBy, Instant finalizedAt, String policy,
            List<Decision> decisions, ResultFinalized.Potential potential) {}

    private static final TypeReference<List<Decision>> DECISIONS = new TypeReference<>() {};

    @Inject EntityManager em;
    @Inject EventDefinitions definitions;
    @Inject IntegrationPolicy policy;
    @Inject Outbox outbox;
    @Inject Topics topics;
    @Inject ObjectMapper mapper;
    @Inject AssessorIdentity identity;
    @Inject AuditTrail audit;
    @Inject id.talenta.assessment.domain.ReferenceData reference;

    @Transactional
    public ResultResponse finalizeResult(UUID eventId, UUID participantId, FinalizeRequest r) {
        boolean onBehalf = identity.requireMayActAs("finalizedBy", r.finalizedBy());
        EventDefinition d = event(eventId);
        List<FinalLevels.Override> overrides = overrides(d, r.overrides() == null ? List.of() : r.overrides());
        ParticipantContext ctx = ParticipantContext.load(em, eventId, participantId, r.finalizedBy(), true);
        ctx.requireLead("finalizedBy", r.finalizedBy());
        requireResultsOpen(ctx);
        if (ctx.finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " is already finalized (revision " + ctx.revision() + "); corrections are revisions: "
                    + "POST .../result/revisions");
        }
        List<StoredRating> ratings = ratings(ctx);
        Set<MatrixCell> rated = new HashSet<>();
        ratings.forEach(x -> rated.add(x.cell()));
        Map<String, Set<String>> missing = Completeness.missing(d.matrix(), rated);
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("cannot finalize: unrated competencies (with the methods still missing): "
                    + Completeness.describe(missing));
        }
        List<Decision> decisions = FinalLevels.finalize(proposals(d, ratings), overrides);
        ResultFinalized.Potential potential = potential(ctx);
        UUID resultId = TimeOrderedUuid.next();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        StoredRevision revision = new StoredRevision(1, null, r.finalizedBy(), now, policy.label(), decisions, potential);
        // The result and its first revision in one statement (one round trip); nothing is written when a
        // concurrent finalization got there first.
        int inserted = em.createNativeQuery("with result as (insert into assessment_result (id, event_id, participant_id, "
                        + "status, revision, job_level_at_assessment, unit_code_at_assessment, finalized_at) "
                        + "values (?1, ?2, ?3, 'FINALIZED', 1, ?4, ?5, ?6) on conflict (event_id, participant_id) do nothing "
                        + "returning id) "
                        + "insert into result_revision (result_id, revision, reason, finalized_by, finalized_at, policy, "
                        + "competencies, potential) select id, 1, null, ?7, ?6, ?8, cast(?9 as jsonb), cast(?10 as jsonb) "
                        + "from result")
                .setParameter(1, resultId).setParameter(2, eventId).setParameter(3, participantId)
                .setParameter(4, ctx.jobLevel()).setParameter(5, ctx.unitCode()).setParameter(6, now)
                .setParameter(7, r.finalizedBy()).setParameter(8, revision.policy())
                .setParameter(9, json(revision.decisions())).setParameter(10, potential == null ? null : json(potential))
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " was finalized concurrently");
        }
        publish(d, ctx, resultId, revision, ctx.jobLevel(), ctx.unitCode());
        audit.record("FINALIZE", "assessment-result", resultId, null, auditView(ctx, revision, onBehalf), null);
        return view(d, ctx, ratings, List.of(revision), resultId);
    }

    @Transactional
    public ResultResponse revise(UUID eventId, UUID participantId, RevisionRequest r) {
        boolean onBehalf = identity.requireMayActAs("finalizedBy", r.finalizedBy());
        EventDefinition d = event(eventId);
        List<FinalLevels.Override> overrides = overrides(d, r.overridesOrEmpty());
        List<PotentialRevision.Score> corrections = r.potentialOrEmpty().stream()
                .map(s -> new PotentialRevision.Score(s.aspect(), s.score())).toList();
        if (overrides.isEmpty() && corrections.isEmpty()) {
            throw ProblemException.badRequest(List.of(new FieldError("overrides",
                    "a revision must override at least one final level or correct at least one potential score")));
        }
        ParticipantContext ctx = ParticipantContext.load(em, eventId, participantId, r.finalizedBy(), true);
        ctx.requireLead("finalizedBy", r.finalizedBy());
        requireResultsOpen(ctx);
        if (!ctx.finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " is not finalized yet; finalize it first");
        }
        List<StoredRevision> history = revisions(ctx.resultId());
        StoredRevision previous = history.get(history.size() - 1);
        revisedPotential(previous.potential(), corrections); // 400 before anything is written
        int next = previous.revision() + 1;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int updated = em.createNativeQuery("update assessment_result set revision = ?1, finalized_at = ?2 "
                        + "where id = ?3 and revision = ?4")
                .setParameter(1, next).setParameter(2, now).setParameter(3, ctx.resultId())
                .setParameter(4, previous.revision()).executeUpdate();
        if (updated == 0) {
            throw ProblemException.conflict("the result of participant " + participantId
                    + " was revised concurrently; reload and retry");
        }
        StoredRevision revision = new StoredRevision(next, r.reason().trim(), r.finalizedBy(), now, previous.policy(),
                FinalLevels.revise(previous.decisions(), overrides), revisedPotential(previous.potential(), corrections));
        insertRevision(ctx.resultId(), revision);
        publish(d, ctx, ctx.resultId(), revision, ctx.jobLevelAtAssessment(), ctx.unitCodeAtAssessment());
        audit.record("REVISE", "assessment-result", ctx.resultId(), auditView(ctx, previous, false),
                auditView(ctx, revision, onBehalf), revision.reason());
        List<StoredRevision> all = new ArrayList<>(history);
        all.add(revision);
        return view(d, ctx, ratings(ctx), all, ctx.resultId());
    }

    public ResultResponse get(UUID eventId, UUID participantId) {
        EventDefinition d = event(eventId);
        ParticipantContext ctx = ParticipantContext.load(em, eventId, participantId, null, true);
        List<StoredRevision> history = ctx.finalized() ? revisions(ctx.resultId()) : List.of();
        return view(d, ctx, ratings(ctx), history, ctx.resultId());
    }

    @SuppressWarnings("unchecked")
    public ProgressResponse progress(UUID eventId) {
        EventDefinition d = event(eventId);
        String status = (String) em.createNativeQuery("select status from assessment_event where id = ?1")
                .setParameter(1, eventId).getSingleResult();
        List<Object[]> rows = em.createNativeQuery("select g.code, g.name, g.capacity, count(en.participant_id), "
                        + "count(en.participant_id) filter (where rc.cells > 0), "
                        + "count(en.participant_id) filter (where rc.cells = ?2), count(res.id) "
                        + "from participant_group g "
                        + "left join enrollment en on en.event_id = g.event_id and en.group_code = g.code "
                        + "left join lateral (select count(*) as cells from (select distinct r.method_code, r.competency_code "
                        + "  from rating r where r.event_id = en.event_id and r.participant_id = en.participant_id) x) rc on true "
                        + "left join assessment_result res on res.event_id = en.event_id and res.participant_id = en.participant_id "
                        + "where g.event_id = ?1 group by g.code, g.name, g.capacity order by g.code")
                .setParameter(1, eventId).setParameter(2, d.matrix().size()).getResultList();
        List<ProgressResponse.GroupProgress> groups = rows.stream().map(x -> new ProgressResponse.GroupProgress(
                (String) x[0], (String) x[1], Rows.count(x[2]), Rows.count(x[3]), Rows.count(x[4]), Rows.count(x[5]),
                Rows.count(x[6]))).toList();
        ProgressResponse.Counts totals = new ProgressResponse.Counts(
                groups.stream().mapToLong(ProgressResponse.GroupProgress::capacity).sum(),
                groups.stream().mapToLong(ProgressResponse.GroupProgress::enrolled).sum(),
                groups.stream().mapToLong(ProgressResponse.GroupProgress::rated).sum(),
                groups.stream().mapToLong(ProgressResponse.GroupProgress::fullyRated).sum(),
                groups.stream().mapToLong(ProgressResponse.GroupProgress::finalized).sum());
        return new ProgressResponse(eventId, status, d.matrix().size(), totals, groups);
    }

    /** What the audit trail keeps of a revision: who, which revision, final level and override reason per competency. */
    /** The previous potential with the revision's corrections (PotentialRevision); 400 when they cannot apply. */
    private ResultFinalized.Potential revisedPotential(ResultFinalized.Potential previous,
            List<PotentialRevision.Score> corrections) {
        if (corrections.isEmpty()) {
            return previous;
        }
        List<PotentialRevision.Score> before = previous == null ? List.of() : previous.aspects().stream()
                .map(a -> new PotentialRevision.Score(a.aspect(), a.score())).toList();
        PotentialRevision.Outcome out = PotentialRevision.apply(before, corrections,
                List.copyOf(reference.aspects().keySet()), "potential");
        if (!out.valid()) {
            throw ProblemException.badRequest(out.violations().stream().map(v -> new FieldError(v[0], v[1])).toList());
        }
        return new ResultFinalized.Potential(out.scores().stream()
                .map(s -> new ResultFinalized.AspectScore(s.aspect(), s.score())).toList());
    }

    private static Map<String, Object> auditView(ParticipantContext ctx, StoredRevision r, boolean onBehalf) {
        Map<String, Object> levels = new LinkedHashMap<>();
        Map<String, Object> overrides = new LinkedHashMap<>();
        for (Decision x : r.decisions()) {
            levels.put(x.code(), x.level());
            if (x.overrideReason() != null) {
                overrides.put(x.code(), x.overrideReason());
            }
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("eventId", ctx.eventId());
        view.put("participantId", ctx.participantId());
        view.put("revision", r.revision());
        view.put("finalizedBy", r.finalizedBy());
        view.put("finalLevels", levels);
        view.put("overrideReasons", overrides);
        if (r.potential() != null) {
            Map<String, Object> potential = new LinkedHashMap<>();
            r.potential().aspects().forEach(a -> potential.put(a.aspect(), a.score()));
            view.put("potential", potential);
        }
        if (onBehalf) {
            view.put("actedOnBehalfOfAssessor", r.finalizedBy());
        }
        return view;
    }

    private EventDefinition event(UUID eventId) {
        return definitions.find(eventId).orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
    }

    private static void requireResultsOpen(ParticipantContext ctx) {
        if (!ctx.status().acceptsResults()) {
            throw ProblemException.conflict("event " + ctx.eventId() + " is " + ctx.status()
                    + "; results are decided only while it is IN_PROGRESS or after it is COMPLETED");
        }
    }

    private static List<FinalLevels.Override> overrides(EventDefinition d, List<OverrideRequest> requested) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<FinalLevels.Override> overrides = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            OverrideRequest o = requested.get(i);
            if (!d.measures(o.competency())) {
                errors.add(new FieldError("overrides[" + i + "].competency", o.competency()
                        + " is not measured in this event's matrix"));
            } else if (!seen.add(o.competency())) {
                errors.add(new FieldError("overrides[" + i + "].competency", o.competency() + " is overridden twice"));
            } else {
                overrides.add(new FinalLevels.Override(o.competency(), o.level().setScale(2), o.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return overrides;
    }

    /** Competency → proposal (null when unrated), in matrix order. */
    private Map<String, BigDecimal> proposals(EventDefinition d, List<StoredRating> ratings) {
        Map<String, BigDecimal> proposals = new LinkedHashMap<>();
        for (EventDefinition.Competency c : d.competencies()) {
            List<List<BigDecimal>> perMethod = new ArrayList<>();
            for (String method : d.methodsOf(c.code())) {
                perMethod.add(ratings.stream().filter(x -> x.cell().method().equals(method)
                        && x.cell().competency().equals(c.code())).map(StoredRating::level).toList());
            }
            proposals.put(c.code(), policy.propose(perMethod).orElse(null));
        }
        return proposals;
    }

    /** The ratings read with the context: [[method, competency, assessorId, level, evidence, ratedAt], ...]. */
    private List<StoredRating> ratings(ParticipantContext ctx) {
        if (ctx.ratingsJson() == null) {
            return List.of();
        }
        List<StoredRating> ratings = new ArrayList<>();
        for (JsonNode x : tree(ctx.ratingsJson())) {
            ratings.add(new StoredRating(new MatrixCell(x.get(0).asText(), x.get(1).asText()),
                    UUID.fromString(x.get(2).asText()), x.get(3).decimalValue().setScale(2),
                    x.get(4).isNull() ? null : x.get(4).asText(), OffsetDateTime.parse(x.get(5).asText()).toInstant()));
        }
        return ratings;
    }

    /** The potential scores read with the context: [[aspect, score], ...] in aspect order, or null. */
    private ResultFinalized.Potential potential(ParticipantContext ctx) {
        if (ctx.potentialJson() == null) {
            return null;
        }
        List<ResultFinalized.AspectScore> aspects = new ArrayList<>();
        for (JsonNode x : tree(ctx.potentialJson())) {
            aspects.add(new ResultFinalized.AspectScore(x.get(0).asText(), x.get(1).asInt()));
        }
        return new ResultFinalized.Potential(aspects);
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable rating rows", e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision cannot be serialised", e);
        }
    }

    @SuppressWarnings("unchecked")
    private List<StoredRevision> revisions(UUID resultId) {
        List<Object[]> rows = em.createNativeQuery("select revision, reason, finalized_by, finalized_at, policy, "
                        + "cast(competencies as text), cast(potential as text) from result_revision where result_id = ?1 "
                        + "order by revision")
                .setParameter(1, resultId).getResultList();
        List<StoredRevision> revisions = new ArrayList<>();
        for (Object[] x : rows) {
            try {
                revisions.add(new StoredRevision(((Number) x[0]).intValue(), (String) x[1], Rows.uuid(x[2]),
                        Rows.instant(x[3]), (String) x[4], mapper.readValue((String) x[5], DECISIONS),
                        x[6] == null ? null : mapper.readValue((String) x[6], ResultFinalized.Potential.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored revision of result " + resultId + " is unreadable", e);
            }
        }
        return revisions;
    }

    private void insertRevision(UUID resultId, StoredRevision r) {
        try {
            em.createNativeQuery("insert into result_revision (result_id, revision, reason, finalized_by, finalized_at, "
                            + "policy, competencies, potential) values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb))")
                    .setParameter(1, resultId).setParameter(2, r.revision()).setParameter(3, r.reason())
                    .setParameter(4, r.finalizedBy()).setParameter(5, r.finalizedAt()).setParameter(6, r.policy())
                    .setParameter(7, mapper.writeValueAsString(r.decisions()))
                    .setParameter(8, r.potential() == null ? null : mapper.writeValueAsString(r.potential()))
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("revision cannot be serialised", e);
        }
    }

    private void publish(EventDefinition d, ParticipantContext ctx, UUID resultId, StoredRevision r, String jobLevel,
            String unitCode) {
        ResultFinalized payload = new ResultFinalized(resultId, ctx.participantId(), ctx.nip(), ctx.fullName(), d.id(),
                d.title(), d.startDate(), r.revision(), r.reason(), jobLevel, unitCode,
                r.decisions().stream().map(x -> new ResultFinalized.CompetencyLevel(x.code(), x.level())).toList(),
                r.potential(), r.finalizedBy(), r.finalizedAt());
        outbox.publish(topics.assessmentResults(), ctx.participantId().toString(), ResultFinalized.TYPE,
                resultId.toString(), payload);
    }

    private ResultResponse view(EventDefinition d, ParticipantContext ctx, List<StoredRating> ratings,
            List<StoredRevision> history, UUID resultId) {
        StoredRevision latest = history.isEmpty() ? null : history.get(history.size() - 1);
        Map<String, BigDecimal> proposals = latest == null ? proposals(d, ratings) : null;
        Map<String, Decision> decided = new LinkedHashMap<>();
        if (latest != null) {
            latest.decisions().forEach(x -> decided.put(x.code(), x));
        }
        List<ResultResponse.CompetencyResult> competencies = new ArrayList<>();
        for (EventDefinition.Competency c : d.competencies()) {
            List<ResultResponse.MethodRatings> methods = new ArrayList<>();
            for (String method : d.methodsOf(c.code())) {
                List<StoredRating> cell = ratings.stream().filter(x -> x.cell().method().equals(method)
                        && x.cell().competency().equals(c.code())).toList();
                BigDecimal level = cell.isEmpty() ? null : IntegrationPolicy.mean(cell.stream().map(StoredRating::level).toList())
                        .setScale(2, java.math.RoundingMode.HALF_UP);
                methods.add(new ResultResponse.MethodRatings(method, level, cell.stream()
                        .map(x -> new ResultResponse.Rating(x.assessorId(), x.level(), x.evidence(), x.ratedAt())).toList()));
            }
            Decision decision = decided.get(c.code());
            competencies.add(new ResultResponse.CompetencyResult(c.code(), c.name(), c.type().name(), methods,
                    decision == null ? proposals.get(c.code()) : decision.proposal(),
                    decision == null ? null : decision.level(), decision == null ? null : decision.overrideReason()));
        }
        ResultFinalized.Potential potential = latest != null ? latest.potential()
                : potential(ctx);
        return new ResultResponse(resultId, ctx.eventId(), ctx.participantId(), ctx.nip(), ctx.fullName(),
                ctx.groupCode(), latest == null ? "DRAFT" : "FINALIZED", latest == null ? 0 : latest.revision(),
                latest == null ? policy.label() : latest.policy(), competencies,
                potential == null ? null : new ResultResponse.Potential(potential.aspects().stream()
                        .map(a -> new ResultResponse.Aspect(a.aspect(), a.score())).toList()),
                history.stream().map(h -> new ResultResponse.Revision(h.revision(), h.reason(), h.finalizedBy(),
                        h.finalizedAt(), h.policy(), h.decisions().stream().map(x -> new ResultResponse.Decision(
                                x.code(), x.proposal(), x.level(), x.overrideReason())).toList())).toList());
    }
}
