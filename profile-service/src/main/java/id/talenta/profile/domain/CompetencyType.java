package id.talenta.profile.domain;

/** Standard (managerial, socio-cultural: PermenPANRB 38/2017) or technical (defined per job family). */
public enum CompetencyType {
    STANDARD,
    TECHNICAL
}
