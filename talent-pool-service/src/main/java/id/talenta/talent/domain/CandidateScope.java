package id.talenta.talent.domain;

/** Where automatic candidates come from: the whole organisation's pool (default) or the position's own unit. */
public enum CandidateScope {
    ORGANISATION,
    UNIT
}
