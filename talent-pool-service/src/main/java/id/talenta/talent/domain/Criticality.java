package id.talenta.talent.domain;

/** How critical a key position is to the organisation. */
public enum Criticality {
    HIGH,
    MEDIUM,
    LOW
}
