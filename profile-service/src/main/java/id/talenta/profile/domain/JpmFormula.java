package id.talenta.profile.domain;

/** How surpluses count: compensatory lets a surplus offset a deficit (capped at 100), non-compensatory does not. */
public enum JpmFormula {
    COMPENSATORY,
    NON_COMPENSATORY
}
