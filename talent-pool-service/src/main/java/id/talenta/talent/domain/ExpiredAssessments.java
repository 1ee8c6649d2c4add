package id.talenta.talent.domain;

/**
 * What an expired assessment result means for succession (docs/domain.md, "Validity of an assessment"): by default the
 * person is no longer an automatic candidate (a committee nomination still can be made); {@code KEEP} keeps them.
 */
public enum ExpiredAssessments {
    NO_AUTOMATIC_CANDIDACY,
    KEEP
}
