package id.talenta.participant.domain;

public enum Gender {
    MALE,
    FEMALE
}
