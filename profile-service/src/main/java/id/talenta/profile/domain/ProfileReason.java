package id.talenta.profile.domain;

/** Why a profile version was computed. */
public enum ProfileReason {
    ASSESSMENT,
    RESULT_REVISION,
    JOB_LEVEL_CHANGE,
    FRAMEWORK_CHANGE,
    EXPIRY
}
