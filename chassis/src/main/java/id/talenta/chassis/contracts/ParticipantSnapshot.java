package id.talenta.chassis.contracts;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A {@code participant.registered|updated|deactivated} event (topic {@code talenta.participants.v1}) as every
 * replica keeps it: the full snapshot of the participant after the change, already checked against its contract.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantSnapshot(
        UUID participantId,
        long revision,
        String nip,
        String fullName,
        String employmentType,
        String positionTitle,
        String jobLevel,
        String unitCode,
        String agencyCode,
        LocalDate birthDate,
        LocalDate retirementDate,
        String status,
        String deactivationReason) {

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
