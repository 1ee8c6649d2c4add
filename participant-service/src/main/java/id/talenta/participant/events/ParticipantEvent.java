package id.talenta.participant.events;

import id.talenta.participant.domain.ParticipantState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code participant.registered|updated|deactivated} on {@code talenta.participants.v1}: the full
 * snapshot (no e-mail or phone: data minimisation) plus the revision (= the participant's version).
 */
public record ParticipantEvent(UUID participantId, long revision, String nip, String fullName, String frontTitle,
        String backTitle, String employmentType, String rank, String positionTitle, String jobLevel, String unitCode,
        LocalDate birthDate, String gender, String cpnsStartMonth, LocalDate retirementDate, String status,
        String deactivationReason, List<String> changedFields, Instant occurredAt) {

    public static final String REGISTERED = "participant.registered";
    public static final String UPDATED = "participant.updated";
    public static final String DEACTIVATED = "participant.deactivated";

    public static ParticipantEvent of(ParticipantState s, List<String> changedFields, Instant occurredAt) {
        return new ParticipantEvent(s.id(), s.version(), s.nip(), s.fullName(), s.frontTitle(), s.backTitle(),
                s.employmentType(), s.rank(), s.positionTitle(), s.jobLevel(), s.unitCode(), s.birthDate(),
                s.gender(), s.cpnsStartMonth(), s.retirementDate(), s.status(), s.deactivationReason(),
                List.copyOf(changedFields), occurredAt);
    }
}
