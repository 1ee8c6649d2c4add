package id.talenta.profile.profile;

import id.talenta.profile.domain.JobLevel;
import java.util.UUID;

public record ParticipantReplica(UUID participantId, String nip, String fullName, JobLevel jobLevel, String unitCode,
        String status, int revision) {}
