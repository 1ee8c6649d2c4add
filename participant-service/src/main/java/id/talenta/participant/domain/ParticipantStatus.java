package id.talenta.participant.domain;

public enum ParticipantStatus {
    ACTIVE,
    INACTIVE
}
