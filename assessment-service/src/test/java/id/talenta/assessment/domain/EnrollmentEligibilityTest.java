package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.assessment.domain.EnrollmentEligibility.Candidate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnrollmentEligibilityTest {

    static final Set<String> ALLOWED = Set.of("ADMINISTRATOR", "AHLI_MADYA");
    static final Candidate ACTIVE_ADMINISTRATOR = new Candidate(true, "ADMINISTRATOR");

    @Test
    void shouldEnrollAnActiveParticipantOfAnAllowedJobLevelIntoAGroupWithRoom() {
        assertEquals(Optional.empty(), EnrollmentEligibility.check(ACTIVE_ADMINISTRATOR, false, ALLOWED, 2, 1));
    }

    @Test
    void shouldRejectAnUnknownParticipant() {
        assertEquals(
                Optional.of(RejectionReason.UNKNOWN_PARTICIPANT),
                EnrollmentEligibility.check(null, false, ALLOWED, 2, 0));
    }

    @Test
    void shouldRejectAnInactiveParticipantEvenIfEverythingElseFits() {
        assertEquals(
                Optional.of(RejectionReason.INACTIVE_PARTICIPANT),
                EnrollmentEligibility.check(new Candidate(false, "ADMINISTRATOR"), false, ALLOWED, 2, 0));
    }

    @Test
    void shouldRejectAParticipantAlreadyEnrolledBeforeLookingAtJobLevelOrCapacity() {
        assertEquals(
                Optional.of(RejectionReason.ALREADY_ENROLLED),
                EnrollmentEligibility.check(new Candidate(true, "PELAKSANA"), true, ALLOWED, 1, 1));
    }

    @Test
    void shouldRejectAJobLevelTheGroupDoesNotAdmit() {
        assertEquals(
                Optional.of(RejectionReason.JOB_LEVEL_NOT_ALLOWED),
                EnrollmentEligibility.check(new Candidate(true, "PELAKSANA"), false, ALLOWED, 2, 0));
        assertEquals(
                Optional.of(RejectionReason.JOB_LEVEL_NOT_ALLOWED),
                EnrollmentEligibility.check(new Candidate(true, null), false, ALLOWED, 2, 0));
    }

    @Test
    void shouldRejectWhenTheGroupIsFullButNotOneBefore() {
        assertEquals(
                Optional.of(RejectionReason.GROUP_FULL),
                EnrollmentEligibility.check(ACTIVE_ADMINISTRATOR, false, ALLOWED, 2, 2));
        assertEquals(Optional.empty(), EnrollmentEligibility.check(ACTIVE_ADMINISTRATOR, false, ALLOWED, 2, 1));
    }
}
