package id.talenta.assessment.domain;

/** Why a participant was not enrolled. */
public enum RejectionReason {
    UNKNOWN_PARTICIPANT,
    INACTIVE_PARTICIPANT,
    ALREADY_ENROLLED,
    JOB_LEVEL_NOT_ALLOWED,
    GROUP_FULL
}
