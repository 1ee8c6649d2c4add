package id.talenta.profile.domain;

public enum SelectionCategory {
    MEMENUHI_SYARAT,
    MASIH_MEMENUHI_SYARAT,
    KURANG_MEMENUHI_SYARAT
}
