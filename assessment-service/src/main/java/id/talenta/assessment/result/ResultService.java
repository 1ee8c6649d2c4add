package id.talenta.assessment.result;

import id.talenta.assessment.api.FinalizeRequest;
import id.talenta.assessment.api.OverrideRequest;
import id.talenta.assessment.api.ProgressResponse;
import id.talenta.assessment.api.ResultResponse;
import id.talenta.assessment.api.RevisionRequest;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.domain.Completeness;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.FinalLevels;
import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.IntegrationPolicy;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.Potential;
import id.talenta.assessment.domain.PotentialRevision;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.assessment.events.ResultEvents;
import id.talenta.assessment.events.ResultFinalizedPayload;
import id.talenta.assessment.security.AssessorIdentity;
import id.talenta.assessment.store.EventStore;
import id.talenta.assessment.store.ParticipantContext;
import id.talenta.assessment.store.ResultStore;
import id.talenta.assessment.store.StoredRevision;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Integration, finalization and revision of results, and the views over them. */
@ApplicationScoped
public class ResultService {

    @Inject
    EventDefinitions definitions;

    @Inject
    EventStore events;

    @Inject
    ResultStore results;

    @Inject
    IntegrationPolicy policy;

    @Inject
    ResultEvents resultEvents;

    @Inject
    AssessorIdentity identity;

    @Inject
    AuditTrail audit;

    @Inject
    ReferenceData reference;

    @Transactional
    public ResultResponse finalizeResult(UUID eventId, UUID participantId, FinalizeRequest r) {
        boolean onBehalf = identity.requireMayActAs("finalizedBy", r.finalizedBy());
        EventDefinition d = event(eventId);
        List<FinalLevels.Override> overrides = overrides(d, r.overrides() == null ? List.of() : r.overrides());
        ParticipantContext ctx = context(eventId, participantId, r.finalizedBy());
        ctx.requireLead("finalizedBy", r.finalizedBy());
        requireResultsOpen(ctx);
        if (ctx.finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " is already finalized (revision " + ctx.revision() + "); corrections are revisions: "
                    + "POST .../result/revisions");
        }
        Set<MatrixCell> rated = new HashSet<>();
        ctx.ratings().forEach(x -> rated.add(x.cell()));
        Map<String, Set<String>> missing = Completeness.missing(d.matrix(), rated);
        if (!missing.isEmpty()) {
            throw ProblemException.conflict("cannot finalize: unrated competencies (with the methods still missing): "
                    + Completeness.describe(missing));
        }
        List<Decision> decisions = FinalLevels.finalize(ResultView.proposals(policy, d, ctx.ratings()), overrides);
        UUID resultId = TimeOrderedUuid.next();
        StoredRevision revision =
                new StoredRevision(1, null, r.finalizedBy(), now(), policy.label(), decisions, ctx.potential());
        if (!results.insertFirst(resultId, eventId, participantId, ctx.jobLevel(), ctx.unitCode(), revision)) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " was finalized concurrently");
        }
        publish(d, ctx, resultId, revision, ctx.jobLevel(), ctx.unitCode());
        audit.record(
                AuditAction.FINALIZE,
                "assessment-result",
                resultId,
                null,
                ResultView.audit(ctx, revision, onBehalf),
                null);
        return ResultView.of(policy, d, ctx, List.of(revision), resultId);
    }

    @Transactional
    public ResultResponse revise(UUID eventId, UUID participantId, RevisionRequest r) {
        boolean onBehalf = identity.requireMayActAs("finalizedBy", r.finalizedBy());
        EventDefinition d = event(eventId);
        List<FinalLevels.Override> overrides = overrides(d, r.overridesOrEmpty());
        List<PotentialRevision.Score> corrections = r.potentialOrEmpty().stream()
                .map(s -> new PotentialRevision.Score(s.aspect(), s.score()))
                .toList();
        if (overrides.isEmpty() && corrections.isEmpty()) {
            throw ProblemException.badRequest(List.of(new FieldError(
                    "overrides",
                    "a revision must override at least one final level or correct at least one potential score")));
        }
        ParticipantContext ctx = context(eventId, participantId, r.finalizedBy());
        ctx.requireLead("finalizedBy", r.finalizedBy());
        requireResultsOpen(ctx);
        if (!ctx.finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " in event " + eventId
                    + " is not finalized yet; finalize it first");
        }
        List<StoredRevision> history = results.revisions(ctx.resultId());
        StoredRevision previous = history.get(history.size() - 1);
        Potential potential = revisedPotential(previous.potential(), corrections); // 400 before anything is written
        Instant now = now();
        if (!results.advance(ctx.resultId(), previous.revision(), now)) {
            throw ProblemException.conflict(
                    "the result of participant " + participantId + " was revised concurrently; reload and retry");
        }
        StoredRevision revision = new StoredRevision(
                previous.revision() + 1,
                r.reason().trim(),
                r.finalizedBy(),
                now,
                previous.policy(),
                FinalLevels.revise(previous.decisions(), overrides),
                potential);
        results.insertRevision(ctx.resultId(), revision);
        publish(d, ctx, ctx.resultId(), revision, ctx.jobLevelAtAssessment(), ctx.unitCodeAtAssessment());
        audit.record(
                AuditAction.REVISE,
                "assessment-result",
                ctx.resultId(),
                ResultView.audit(ctx, previous, false),
                ResultView.audit(ctx, revision, onBehalf),
                revision.reason());
        List<StoredRevision> all = new ArrayList<>(history);
        all.add(revision);
        return ResultView.of(policy, d, ctx, all, ctx.resultId());
    }

    public ResultResponse get(UUID eventId, UUID participantId) {
        EventDefinition d = event(eventId);
        ParticipantContext ctx = context(eventId, participantId, null);
        List<StoredRevision> history = ctx.finalized() ? results.revisions(ctx.resultId()) : List.of();
        return ResultView.of(policy, d, ctx, history, ctx.resultId());
    }

    public ProgressResponse progress(UUID eventId) {
        EventDefinition d = event(eventId);
        String status = events.status(eventId)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId))
                .name();
        List<ProgressResponse.GroupProgress> groups =
                events.progress(eventId, d.matrix().size());
        ProgressResponse.Counts totals = new ProgressResponse.Counts(
                groups.stream()
                        .mapToLong(ProgressResponse.GroupProgress::capacity)
                        .sum(),
                groups.stream()
                        .mapToLong(ProgressResponse.GroupProgress::enrolled)
                        .sum(),
                groups.stream().mapToLong(ProgressResponse.GroupProgress::rated).sum(),
                groups.stream()
                        .mapToLong(ProgressResponse.GroupProgress::fullyRated)
                        .sum(),
                groups.stream()
                        .mapToLong(ProgressResponse.GroupProgress::finalized)
                        .sum());
        return new ProgressResponse(eventId, status, d.matrix().size(), totals, groups);
    }

    /** Finalization times are kept to the microsecond, as PostgreSQL stores them, so the event equals the row. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    private ParticipantContext context(UUID eventId, UUID participantId, UUID assessorId) {
        return results.context(eventId, participantId, assessorId, true)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId))
                .requireEnrolled();
    }

    /** The previous potential with the revision's corrections (PotentialRevision); 400 when they cannot apply. */
    private Potential revisedPotential(Potential previous, List<PotentialRevision.Score> corrections) {
        if (corrections.isEmpty()) {
            return previous;
        }
        List<PotentialRevision.Score> before = previous == null
                ? List.of()
                : previous.aspects().stream()
                        .map(a -> new PotentialRevision.Score(a.aspect(), a.score()))
                        .toList();
        PotentialRevision.Outcome out = PotentialRevision.apply(
                before, corrections, List.copyOf(reference.aspects().keySet()), "potential");
        if (!out.valid()) {
            throw ProblemException.badRequest(out.violations().stream()
                    .map(v -> new FieldError(v[0], v[1]))
                    .toList());
        }
        return new Potential(out.scores().stream()
                .map(s -> new Potential.AspectScore(s.aspect(), s.score()))
                .toList());
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
                errors.add(new FieldError(
                        "overrides[" + i + "].competency", o.competency() + " is not measured in this event's matrix"));
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

    private void publish(
            EventDefinition d,
            ParticipantContext ctx,
            UUID resultId,
            StoredRevision r,
            String jobLevel,
            String unitCode) {
        resultEvents.finalized(new ResultFinalizedPayload(
                resultId,
                ctx.participantId(),
                ctx.nip(),
                ctx.fullName(),
                d.id(),
                d.title(),
                d.startDate(),
                r.revision(),
                r.reason(),
                jobLevel,
                unitCode,
                r.decisions().stream()
                        .map(x -> new ResultFinalizedPayload.CompetencyLevel(x.code(), x.level()))
                        .toList(),
                r.potential(),
                r.finalizedBy(),
                r.finalizedAt()));
    }
}
