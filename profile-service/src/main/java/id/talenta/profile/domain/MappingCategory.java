package id.talenta.profile.domain;

public enum MappingCategory {
    OPTIMAL,
    CUKUP_OPTIMAL,
    KURANG_OPTIMAL
}
