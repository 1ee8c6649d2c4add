package id.talenta.talent.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a person is for this service: the participant replica, else the profile replica (a profile may arrive before
 * its participant record), field by field. The one rule for name, NIP, job level and unit; {@code store.People}
 * applies the same rule in SQL.
 */
public record Person(
        UUID participantId,
        String nip,
        String fullName,
        String jobLevel,
        String unitCode,
        boolean known,
        boolean active,
        LocalDate retirementDate) {

    /** The person from their replicas; empty when this service has neither. */
    public static Optional<Person> find(UUID participantId, ParticipantReplica participant, ProfileReplica profile) {
        return participant == null && profile == null
                ? Optional.empty()
                : Optional.of(of(participantId, participant, profile));
    }

    /** The person from their replicas (either may be null: then nothing is known about them). */
    public static Person of(UUID participantId, ParticipantReplica participant, ProfileReplica profile) {
        return new Person(
                participantId,
                first(participant == null ? null : participant.nip, profile == null ? null : profile.nip),
                first(participant == null ? null : participant.fullName, profile == null ? null : profile.fullName),
                first(participant == null ? null : participant.jobLevel, profile == null ? null : profile.jobLevel),
                first(participant == null ? null : participant.unitCode, profile == null ? null : profile.unitCode),
                participant != null,
                participant == null || participant.active(),
                participant == null ? null : participant.retirementDate);
    }

    /** The job level as the rules read it (null when unknown or not a level). */
    public JobLevel level() {
        return JobLevel.parse(jobLevel).orElse(null);
    }

    private static String first(String participantValue, String profileValue) {
        return participantValue != null ? participantValue : profileValue;
    }
}
