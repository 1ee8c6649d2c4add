package id.talenta.participant.domain;

/** ASN = PNS (permanent) or PPPK (contract), UU 20/2023. */
public enum EmploymentType {
    PNS,
    PPPK
}
