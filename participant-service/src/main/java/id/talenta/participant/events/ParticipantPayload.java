package id.talenta.participant.events;

import id.talenta.participant.domain.ParticipantState;
import id.talenta.participant.store.JsonText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code participant.registered|updated|deactivated} on {@code talenta.participants.v1}: the full
 * snapshot (no e-mail or phone: data minimisation) plus the revision (= the participant's version).
 * {@link #appendJson} writes the document Jackson writes for this record (same field order, nulls included, ISO
 * dates and instants) without reflection, for the bulk import; {@code ParticipantPayloadTest} proves both agree.
 */
public record ParticipantPayload(
        UUID participantId,
        long revision,
        String nip,
        String fullName,
        String frontTitle,
        String backTitle,
        String employmentType,
        String rank,
        String positionTitle,
        String jobLevel,
        String unitCode,
        String agencyCode,
        LocalDate birthDate,
        String gender,
        String cpnsStartMonth,
        LocalDate retirementDate,
        String status,
        String deactivationReason,
        List<String> changedFields,
        Instant occurredAt) {

    public static final String REGISTERED = "participant.registered";
    public static final String UPDATED = "participant.updated";
    public static final String DEACTIVATED = "participant.deactivated";

    /** {@code agencyCode}: the agency of the participant's unit (null when the unit is unknown). */
    public static ParticipantPayload of(
            ParticipantState s, String agencyCode, List<String> changedFields, Instant occurredAt) {
        return new ParticipantPayload(
                s.id(),
                s.version(),
                s.nip(),
                s.fullName(),
                s.frontTitle(),
                s.backTitle(),
                s.employmentType(),
                s.rank(),
                s.positionTitle(),
                s.jobLevel(),
                s.unitCode(),
                agencyCode,
                s.birthDate(),
                s.gender(),
                s.cpnsStartMonth(),
                s.retirementDate(),
                s.status(),
                s.deactivationReason(),
                List.copyOf(changedFields),
                occurredAt);
    }

    /** The JSON document, as one string. */
    public String toJson() {
        StringBuilder b = new StringBuilder(640);
        appendJson(b);
        return b.toString();
    }

    /** Appends the JSON document to {@code b}. */
    public void appendJson(StringBuilder b) {
        b.append("{\"participantId\":\"").append(participantId).append('"');
        b.append(",\"revision\":").append(revision);
        field(b, "nip", nip);
        field(b, "fullName", fullName);
        field(b, "frontTitle", frontTitle);
        field(b, "backTitle", backTitle);
        field(b, "employmentType", employmentType);
        field(b, "rank", rank);
        field(b, "positionTitle", positionTitle);
        field(b, "jobLevel", jobLevel);
        field(b, "unitCode", unitCode);
        field(b, "agencyCode", agencyCode);
        field(b, "birthDate", birthDate == null ? null : birthDate.toString());
        field(b, "gender", gender);
        field(b, "cpnsStartMonth", cpnsStartMonth);
        field(b, "retirementDate", retirementDate == null ? null : retirementDate.toString());
        field(b, "status", status);
        field(b, "deactivationReason", deactivationReason);
        b.append(",\"changedFields\":");
        if (changedFields == null) {
            b.append("null");
        } else {
            b.append('[');
            for (int i = 0; i < changedFields.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                JsonText.string(b, changedFields.get(i));
            }
            b.append(']');
        }
        field(b, "occurredAt", occurredAt == null ? null : occurredAt.toString());
        b.append('}');
    }

    private static void field(StringBuilder b, String name, String value) {
        b.append(",\"").append(name).append("\":");
        if (value == null) {
            b.append("null");
        } else {
            JsonText.string(b, value);
        }
    }
}
