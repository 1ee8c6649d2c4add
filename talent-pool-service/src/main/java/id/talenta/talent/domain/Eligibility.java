package id.talenta.talent.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who may succeed to a key position (docs/domain.md, default): an active talent-pool member of the feeder level or the
 * same level (lateral move), not the incumbent, not retiring within the exclusion window. A committee nomination
 * waives the pool, level and scope conditions (that is what a nomination is for) but never the hard exclusions.
 * A person whose participant record has not arrived yet (the profile came first) is placed but not a candidate:
 * whether they are active and when they retire is unknown, and an unknown is never treated as "active, never
 * retiring". Candidacy follows when the participant arrives (its event re-evaluates the person).
 */
public final class Eligibility {

    public record Candidate(
            UUID participantId,
            JobLevel jobLevel,
            String unitCode,
            boolean active,
            LocalDate retirementDate,
            boolean inTalentPool,
            boolean nominated,
            boolean participantKnown,
            boolean assessmentExpired) {

        /** A candidate whose participant record is known and whose assessment result is current. */
        public Candidate(
                UUID participantId,
                JobLevel jobLevel,
                String unitCode,
                boolean active,
                LocalDate retirementDate,
                boolean inTalentPool,
                boolean nominated) {
            this(participantId, jobLevel, unitCode, active, retirementDate, inTalentPool, nominated, true, false);
        }

        /** A candidate whose assessment result is current. */
        public Candidate(
                UUID participantId,
                JobLevel jobLevel,
                String unitCode,
                boolean active,
                LocalDate retirementDate,
                boolean inTalentPool,
                boolean nominated,
                boolean participantKnown) {
            this(
                    participantId,
                    jobLevel,
                    unitCode,
                    active,
                    retirementDate,
                    inTalentPool,
                    nominated,
                    participantKnown,
                    false);
        }
    }

    public record Position(JobLevel jobLevel, String unitCode, UUID incumbentParticipantId) {}

    /** eligible, or the rule that excluded the candidate and why. */
    public record Verdict(boolean eligible, String rule, String reason) {
        static Verdict yes(String reason) {
            return new Verdict(true, "ELIGIBLE", reason);
        }

        static Verdict no(String rule, String reason) {
            return new Verdict(false, rule, reason);
        }
    }

    private final ReadinessPolicy policy;

    public Eligibility(ReadinessPolicy policy) {
        this.policy = policy;
    }

    public Verdict check(Candidate c, Position p, LocalDate today) {
        if (!c.participantKnown()) {
            return Verdict.no(
                    "INELIGIBLE_PARTICIPANT_UNKNOWN",
                    "the participant record has not arrived yet (the "
                            + "profile came first), so legal status and retirement date are unknown; candidacy follows when "
                            + "it arrives");
        }
        if (!c.active()) {
            return Verdict.no("INELIGIBLE_INACTIVE", "the participant is no longer active");
        }
        if (c.participantId().equals(p.incumbentParticipantId())) {
            return Verdict.no("INELIGIBLE_INCUMBENT", "the participant holds the position");
        }
        if (c.retirementDate() != null
                && !c.retirementDate().isAfter(today.plusMonths(policy.retirementExclusionMonths()))) {
            return Verdict.no(
                    "INELIGIBLE_RETIRING",
                    "the participant retires on " + c.retirementDate() + ", within "
                            + policy.retirementExclusionMonths() + " months");
        }
        if (c.nominated()) {
            return Verdict.yes("nominated by the talent committee"
                    + (c.assessmentExpired() ? " (the assessment result has expired)" : ""));
        }
        if (c.assessmentExpired() && policy.expiredAssessments() == ExpiredAssessments.NO_AUTOMATIC_CANDIDACY) {
            return Verdict.no(
                    "INELIGIBLE_ASSESSMENT_EXPIRED",
                    "the assessment result has expired, so it no longer "
                            + "yields automatic candidacy (the policy's expiredAssessments; a nomination still can be made)");
        }
        if (c.jobLevel() == null || !qualifyingLevels(p.jobLevel()).contains(c.jobLevel())) {
            return Verdict.no(
                    "INELIGIBLE_JOB_LEVEL",
                    "job level " + c.jobLevel() + " is neither " + (policy.allowLateral() ? p.jobLevel() + " nor " : "")
                            + "a feeder level of " + p.jobLevel());
        }
        if (policy.candidateScope() == CandidateScope.UNIT && !p.unitCode().equals(c.unitCode())) {
            return Verdict.no(
                    "INELIGIBLE_OUT_OF_SCOPE",
                    "unit " + c.unitCode() + " is outside the position's unit " + p.unitCode());
        }
        String level = c.jobLevel() == p.jobLevel() ? "the same level (lateral)" : "feeder level " + c.jobLevel();
        if (c.inTalentPool()) {
            return Verdict.yes("talent-pool member at " + level);
        }
        if (policy.poolOnly()) {
            return Verdict.no(
                    "INELIGIBLE_NOT_IN_POOL",
                    "the participant is not in the talent pool (the succession "
                            + "group; the policy's automaticCandidates is TALENT_POOL)");
        }
        return Verdict.yes("eligible at " + level + ", outside the talent pool (the policy's automaticCandidates is "
                + "ALL_ELIGIBLE)");
    }

    /** Job levels whose members may be proposed for a position at {@code target}. */
    public Set<JobLevel> qualifyingLevels(JobLevel target) {
        Set<JobLevel> levels = EnumSet.noneOf(JobLevel.class);
        levels.addAll(policy.feederLevels().getOrDefault(target, java.util.List.of()));
        if (policy.allowLateral()) {
            levels.add(target);
        }
        return levels;
    }

    /** Position job levels a member of {@code candidateLevel} may be proposed for (the inverse of qualifyingLevels). */
    public Set<JobLevel> targetLevels(JobLevel candidateLevel) {
        Set<JobLevel> levels = EnumSet.noneOf(JobLevel.class);
        if (candidateLevel == null) {
            return levels;
        }
        if (policy.allowLateral()) {
            levels.add(candidateLevel);
        }
        for (Map.Entry<JobLevel, java.util.List<JobLevel>> e :
                policy.feederLevels().entrySet()) {
            if (e.getValue().contains(candidateLevel)) {
                levels.add(e.getKey());
            }
        }
        return levels;
    }
}
