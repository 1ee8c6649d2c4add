package id.talenta.profile.domain;

public enum PotentialCategory {
    TINGGI,
    MENENGAH,
    RENDAH
}
