package id.talenta.talent.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.UUID;

/** The fields of a talenta.participants.v1 snapshot this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ParticipantPayload(UUID participantId, Integer revision, String nip, String fullName, String jobLevel,
        String unitCode, LocalDate birthDate, LocalDate retirementDate, String status) {}
