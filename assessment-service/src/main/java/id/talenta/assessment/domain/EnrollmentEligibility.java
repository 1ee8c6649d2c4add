package id.talenta.assessment.domain;

import java.util.Optional;
import java.util.Set;

/**
 * Whether a participant may join a group of an event. Checked in this order, so that the reason given is the
 * most fundamental one: unknown, inactive, already enrolled (in any group of the event), job level not
 * allowed by the group, group full.
 */
public final class EnrollmentEligibility {

    /** What the rule needs to know about the person (from the participant replica). */
    public record Candidate(boolean active, String jobLevel) {}

    private EnrollmentEligibility() {}

    /**
     * @param candidate null when the participant is unknown to this service
     * @param alreadyEnrolled enrolled in this event (any group), or earlier in the same request
     * @param enrolledInGroup how many the group holds now
     * @return empty when eligible, else the reason to reject
     */
    public static Optional<RejectionReason> check(
            Candidate candidate,
            boolean alreadyEnrolled,
            Set<String> allowedJobLevels,
            int capacity,
            int enrolledInGroup) {
        if (candidate == null) {
            return Optional.of(RejectionReason.UNKNOWN_PARTICIPANT);
        }
        if (!candidate.active()) {
            return Optional.of(RejectionReason.INACTIVE_PARTICIPANT);
        }
        if (alreadyEnrolled) {
            return Optional.of(RejectionReason.ALREADY_ENROLLED);
        }
        if (candidate.jobLevel() == null || !allowedJobLevels.contains(candidate.jobLevel())) {
            return Optional.of(RejectionReason.JOB_LEVEL_NOT_ALLOWED);
        }
        if (enrolledInGroup >= capacity) {
            return Optional.of(RejectionReason.GROUP_FULL);
        }
        return Optional.empty();
    }
}
