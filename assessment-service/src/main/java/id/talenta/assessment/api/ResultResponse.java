package id.talenta.assessment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A participant's result in an event: the full matrix of ratings, the integration proposal and final level per
 * competency, the potential assessment, and every revision. {@code status} DRAFT until finalized.
 */
public record ResultResponse(
        UUID resultId,
        UUID assessmentEventId,
        UUID participantId,
        String nip,
        String fullName,
        String groupCode,
        String status,
        int revision,
        String policy,
        List<CompetencyResult> competencies,
        Potential potential,
        List<Revision> revisions) {

    public record CompetencyResult(
            String code,
            String name,
            String type,
            List<MethodRatings> methods,
            BigDecimal proposal,
            BigDecimal finalLevel,
            String overrideReason) {}

    /** {@code level} = the method's rating used by the integration (mean of its assessors), null if unrated. */
    public record MethodRatings(String method, BigDecimal level, List<Rating> ratings) {}

    public record Rating(UUID assessorId, BigDecimal level, String evidence, Instant ratedAt) {}

    public record Potential(List<Aspect> aspects) {}

    public record Aspect(String aspect, int score) {}

    public record Revision(
            int revision,
            String reason,
            UUID finalizedBy,
            Instant finalizedAt,
            String policy,
            List<Decision> competencies) {}

    public record Decision(String code, BigDecimal proposal, BigDecimal level, String overrideReason) {}
}
