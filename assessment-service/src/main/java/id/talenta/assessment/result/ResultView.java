package id.talenta.assessment.result;

import id.talenta.assessment.api.ResultResponse;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.IntegrationPolicy;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.Potential;
import id.talenta.assessment.store.ParticipantContext;
import id.talenta.assessment.store.StoredRating;
import id.talenta.assessment.store.StoredRevision;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** How a result reads: per competency the ratings per method, the proposal and the decision; and its audit view. */
final class ResultView {

    private ResultView() {}

    /** Competency → proposal (null when unrated), in matrix order. */
    static Map<String, BigDecimal> proposals(IntegrationPolicy policy, EventDefinition d, List<StoredRating> ratings) {
        Map<String, BigDecimal> proposals = new LinkedHashMap<>();
        for (EventDefinition.Competency c : d.competencies()) {
            List<List<BigDecimal>> perMethod = new ArrayList<>();
            for (String method : d.methodsOf(c.code())) {
                perMethod.add(levels(ratings, new MatrixCell(method, c.code())));
            }
            proposals.put(c.code(), policy.propose(perMethod).orElse(null));
        }
        return proposals;
    }

    private static List<BigDecimal> levels(List<StoredRating> ratings, MatrixCell cell) {
        return ratings.stream()
                .filter(x -> x.cell().equals(cell))
                .map(StoredRating::level)
                .toList();
    }

    static ResultResponse of(
            IntegrationPolicy policy,
            EventDefinition d,
            ParticipantContext ctx,
            List<StoredRevision> history,
            UUID resultId) {
        List<StoredRating> ratings = ctx.ratings();
        StoredRevision latest = history.isEmpty() ? null : history.get(history.size() - 1);
        Map<String, BigDecimal> proposals = latest == null ? proposals(policy, d, ratings) : Map.of();
        Map<String, Decision> decided = new LinkedHashMap<>();
        if (latest != null) {
            latest.decisions().forEach(x -> decided.put(x.code(), x));
        }
        List<ResultResponse.CompetencyResult> competencies = new ArrayList<>();
        for (EventDefinition.Competency c : d.competencies()) {
            List<ResultResponse.MethodRatings> methods = new ArrayList<>();
            for (String method : d.methodsOf(c.code())) {
                MatrixCell cell = new MatrixCell(method, c.code());
                List<StoredRating> rated =
                        ratings.stream().filter(x -> x.cell().equals(cell)).toList();
                BigDecimal level = rated.isEmpty()
                        ? null
                        : IntegrationPolicy.mean(levels(ratings, cell)).setScale(2, RoundingMode.HALF_UP);
                methods.add(new ResultResponse.MethodRatings(
                        method,
                        level,
                        rated.stream()
                                .map(x ->
                                        new ResultResponse.Rating(x.assessorId(), x.level(), x.evidence(), x.ratedAt()))
                                .toList()));
            }
            Decision decision = decided.get(c.code());
            competencies.add(new ResultResponse.CompetencyResult(
                    c.code(),
                    c.name(),
                    c.type().name(),
                    methods,
                    decision == null ? proposals.get(c.code()) : decision.proposal(),
                    decision == null ? null : decision.level(),
                    decision == null ? null : decision.overrideReason()));
        }
        Potential potential = latest != null ? latest.potential() : ctx.potential();
        return new ResultResponse(
                resultId,
                ctx.eventId(),
                ctx.participantId(),
                ctx.nip(),
                ctx.fullName(),
                ctx.groupCode(),
                latest == null ? "DRAFT" : "FINALIZED",
                latest == null ? 0 : latest.revision(),
                latest == null ? policy.label() : latest.policy(),
                competencies,
                potential == null
                        ? null
                        : new ResultResponse.Potential(potential.aspects().stream()
                                .map(a -> new ResultResponse.Aspect(a.aspect(), a.score()))
                                .toList()),
                history.stream()
                        .map(h -> new ResultResponse.Revision(
                                h.revision(),
                                h.reason(),
                                h.finalizedBy(),
                                h.finalizedAt(),
                                h.policy(),
                                h.decisions().stream()
                                        .map(x -> new ResultResponse.Decision(
                                                x.code(), x.proposal(), x.level(), x.overrideReason()))
                                        .toList()))
                        .toList());
    }

    /** What the audit trail keeps of a revision: who, which revision, final level and override reason per competency. */
    static Map<String, Object> audit(ParticipantContext ctx, StoredRevision r, boolean onBehalf) {
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
}
