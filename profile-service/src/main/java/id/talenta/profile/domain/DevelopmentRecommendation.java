package id.talenta.profile.domain;

/** Kinds of competency development (docs/domain.md); which gap gets which is policy data. */
public enum DevelopmentRecommendation {
    JOB_ENRICHMENT,
    COACHING_MENTORING,
    TRAINING,
    ROTATION
}
