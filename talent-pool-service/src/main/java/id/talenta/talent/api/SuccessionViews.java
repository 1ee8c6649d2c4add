package id.talenta.talent.api;

import id.talenta.chassis.paging.Page;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Response records of key positions, succession and the readiness feed. */
public final class SuccessionViews {
    private SuccessionViews() {}

    public record KeyPositionView(UUID id, String title, String jobLevel, String unitCode, UUID incumbentParticipantId,
            String criticality, String vacancyRisk, int version, String createdAt, String updatedAt) {}

    public record Incumbent(UUID participantId, String fullName, String retirementDate) {}

    /**
     * One candidate: {@code readiness} is the effective readiness (the committee's override while one applies),
     * {@code computedReadiness} what the policy gives, {@code calibrated} whether the override decides.
     */
    public record CandidateView(UUID participantId, String fullName, String nip, String jobLevel, String unitCode,
            String readiness, String computedReadiness, boolean calibrated, ReadinessOverride readinessOverride,
            Integer box, BigDecimal targetFit, int rank, String source, String nominationReason, String rule,
            String explanation, int revision, String changedAt) {}

    /** The talent committee's readiness override of one candidacy (null when none). */
    public record ReadinessOverride(String readiness, String reason, String setBy, String setAt) {}

    public record BenchStrength(long readyNow, long ready1to2Years, long ready3PlusYears, long notReady) {}

    public record Succession(KeyPositionView position, Incumbent incumbent, String vacancyRisk,
            List<CandidateView> candidates, BenchStrength benchStrength, int policyVersion) {}

    public record ReadinessChangeView(long sequence, UUID participantId, UUID keyPositionId, String positionTitle,
            int revision, String from, String to, String computedReadiness, boolean calibrated, BigDecimal targetFit,
            Integer box, String rule, String explanation, int policyVersion, String changedAt) {}

    public record ReadinessFeed(List<ReadinessChangeView> items, String nextSince) {}

    public record PositionBench(UUID keyPositionId, String title, String jobLevel, String unitCode, String criticality,
            String vacancyRisk, long readyNow, long ready1to2Years, long ready3PlusYears, long notReady,
            boolean hasReadyNowSuccessor) {}

    public record OrganisationBench(long totalPositions, long positionsWithoutReadyNowSuccessor,
            Page<PositionBench> positions) {}
}
