package id.talenta.profile.store;

import id.talenta.profile.domain.JobLevel;
import java.util.UUID;

/** The participant replica row: the fields of participant-service's snapshot this service keeps. */
public record ParticipantReplica(
        UUID participantId,
        String nip,
        String fullName,
        JobLevel jobLevel,
        String unitCode,
        String status,
        int revision) {}
