package id.talenta.participant.api;

import id.talenta.participant.domain.Participant;
import id.talenta.participant.domain.RetirementRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A participant as the API shows it: stored fields plus what is derived (birth date, gender, start of service,
 * retirement, age). {@code serviceStartMonth} is the appointment month the number names (CPNS start for PNS, PPPK
 * appointment for PPPK, as {@code serviceStartBasis} says); {@code cpnsStartMonth} is the same value under its older
 * name, kept for existing clients.
 */
public record ParticipantResponse(
        UUID id,
        String nip,
        String fullName,
        String frontTitle,
        String backTitle,
        String employmentType,
        String rank,
        String positionTitle,
        String jobLevel,
        String unitCode,
        String email,
        String phone,
        ParticipantRequests.Education education,
        LocalDate birthDate,
        String gender,
        String cpnsStartMonth,
        String serviceStartMonth,
        String serviceStartBasis,
        LocalDate retirementDate,
        int age,
        String status,
        String deactivationReason,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public static ParticipantResponse of(Participant p, LocalDate today) {
        ParticipantRequests.Education education = p.educationLevel == null && p.educationMajor == null
                ? null
                : new ParticipantRequests.Education(p.educationLevel, p.educationMajor);
        return new ParticipantResponse(
                p.id,
                p.nip,
                p.fullName,
                p.frontTitle,
                p.backTitle,
                p.employmentType,
                p.rank,
                p.positionTitle,
                p.jobLevel,
                p.unitCode,
                p.email,
                p.phone,
                education,
                p.birthDate,
                p.gender,
                p.cpnsStartMonth,
                p.cpnsStartMonth,
                "PPPK".equals(p.employmentType) ? "PPPK_APPOINTMENT" : "CPNS",
                p.retirementDate,
                RetirementRule.ageOn(p.birthDate, today),
                p.status,
                p.deactivationReason,
                p.version,
                p.createdAt,
                p.updatedAt);
    }
}
