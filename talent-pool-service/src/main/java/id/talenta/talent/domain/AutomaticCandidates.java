package id.talenta.talent.domain;

/**
 * Who becomes an automatic candidate for a key position (docs/domain.md, "Talent pool"): the talent pool, which is the
 * succession group (kelompok rencana suksesi, practice of PermenPANRB 3/2020; the default), or every eligible
 * person with a placement, so that boxes 5 and 6 can reach READY_3_PLUS_YEARS or NOT_READY by the table.
 * Committee nominations add anyone eligible either way.
 */
public enum AutomaticCandidates {
    TALENT_POOL,
    ALL_ELIGIBLE
}
