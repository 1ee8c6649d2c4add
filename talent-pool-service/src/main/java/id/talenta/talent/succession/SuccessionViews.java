package id.talenta.talent.succession;

import id.talenta.chassis.paging.Page;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.store.SuccessionReadModel.ReadinessChange;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** What the key-position, succession and readiness-feed endpoints answer. */
public final class SuccessionViews {
    private SuccessionViews() {}

    public record KeyPositionView(
            UUID id,
            String title,
            String jobLevel,
            String unitCode,
            UUID incumbentParticipantId,
            String criticality,
            String vacancyRisk,
            int version,
            String createdAt,
            String updatedAt) {}

    public record Incumbent(UUID participantId, String fullName, String retirementDate) {}

    /**
     * One candidate: {@code readiness} is the effective readiness (the committee's override while one applies),
     * {@code computedReadiness} what the policy gives, {@code calibrated} whether the override decides.
     */
    public record CandidateView(
            UUID participantId,
            String fullName,
            String nip,
            String jobLevel,
            String unitCode,
            String readiness,
            String computedReadiness,
            boolean calibrated,
            ReadinessOverride readinessOverride,
            Integer box,
            BigDecimal targetFit,
            int rank,
            String source,
            String nominationReason,
            String rule,
            String explanation,
            int revision,
            String changedAt) {}

    /** The talent committee's readiness override of one candidacy (null when none). */
    public record ReadinessOverride(String readiness, String reason, String setBy, String setAt) {}

    /**
     * Candidates per readiness. {@code byLevel} counts every level of the policy in force by code, best first; the
     * four named counts are those of the default levels: with other levels they count the levels in places 1, 2
     * and 3 and the fallback level.
     */
    public record BenchStrength(
            long readyNow,
            long ready1to2Years,
            long ready3PlusYears,
            long notReady,
            java.util.Map<String, Long> byLevel) {

        public static BenchStrength of(java.util.Map<String, Long> byLevel, ReadinessPolicy policy) {
            List<String> levels = policy.levelCodes();
            java.util.function.IntFunction<Long> at =
                    i -> i < levels.size() ? byLevel.getOrDefault(levels.get(i), 0L) : 0L;
            return new BenchStrength(
                    at.apply(0),
                    at.apply(1),
                    at.apply(2),
                    byLevel.getOrDefault(policy.fallback().code(), 0L),
                    byLevel);
        }
    }

    public record Succession(
            KeyPositionView position,
            Incumbent incumbent,
            String vacancyRisk,
            List<CandidateView> candidates,
            BenchStrength benchStrength,
            int policyVersion) {}

    public record ReadinessFeed(List<ReadinessChange> items, String nextSince) {}

    public record PositionBench(
            UUID keyPositionId,
            String title,
            String jobLevel,
            String unitCode,
            String criticality,
            String vacancyRisk,
            long readyNow,
            long ready1to2Years,
            long ready3PlusYears,
            long notReady,
            boolean hasReadyNowSuccessor) {}

    public record OrganisationBench(
            long totalPositions, long positionsWithoutReadyNowSuccessor, Page<PositionBench> positions) {}
}
