package id.talenta.assessment.events;

import java.util.UUID;

/** The part of a {@code participant.*} payload this service keeps (the rest of the snapshot is ignored). */
public record ParticipantSnapshot(UUID participantId, Long revision, String nip, String fullName, String jobLevel,
        String unitCode, String status) {}
