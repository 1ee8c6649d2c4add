package id.talenta.profile.events;

import java.util.UUID;

/** Payload of participant.* (talenta.participants.v1), the fields the replica keeps. */
public record ParticipantSnapshot(UUID participantId, Integer revision, String nip, String fullName, String jobLevel,
        String unitCode, String status) {}
