package id.talenta.chassis.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Participant events exactly as participant-service publishes them (every field of
 * {@code contracts/schemas/participant.*.schema.json}), for the tests of the services that replicate participants.
 * Start from {@link #registered}, change what the test is about with {@link #with}, and send {@link #json()}.
 */
public final class ParticipantEventData {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final String type;
    private final ObjectNode data;

    private ParticipantEventData(String type, ObjectNode data) {
        this.type = type;
        this.data = data;
    }

    /** A registration (revision 1, ACTIVE) of a PNS at the given job level and unit. */
    public static ParticipantEventData registered(
            UUID participantId, String nip, String fullName, String jobLevel, String unitCode) {
        ObjectNode d = MAPPER.createObjectNode();
        d.put("participantId", participantId.toString());
        d.put("revision", 1);
        d.put("nip", nip);
        d.put("fullName", fullName);
        d.putNull("frontTitle");
        d.putNull("backTitle");
        d.put("employmentType", "PNS");
        d.putNull("rank");
        d.put("positionTitle", "Pejabat " + jobLevel);
        d.put("jobLevel", jobLevel);
        d.put("unitCode", unitCode);
        String birth = nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8);
        d.put("birthDate", birth);
        d.put("gender", nip.charAt(14) == '2' ? "FEMALE" : "MALE");
        d.put("cpnsStartMonth", nip.substring(8, 12) + "-" + nip.substring(12, 14));
        d.put("retirementDate", (Integer.parseInt(nip.substring(0, 4)) + 58) + "-" + nip.substring(4, 6) + "-01");
        d.put("status", "ACTIVE");
        d.putNull("deactivationReason");
        d.putArray("changedFields");
        d.put(
                "occurredAt",
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        return new ParticipantEventData("participant.registered", d);
    }

    /** The same participant after a change: the next revision, with the fields that changed named. */
    public ParticipantEventData updated(int revision, String... changedFields) {
        ObjectNode d = data.deepCopy();
        d.put("revision", revision);
        d.putArray("changedFields")
                .addAll(List.of(changedFields).stream()
                        .map(MAPPER.getNodeFactory()::textNode)
                        .toList());
        return new ParticipantEventData("participant.updated", d);
    }

    /** The same participant leaving service. */
    public ParticipantEventData deactivated(int revision, String reason) {
        ObjectNode d = data.deepCopy();
        d.put("revision", revision);
        d.put("status", "INACTIVE");
        d.put("deactivationReason", reason);
        d.putArray("changedFields").add("status").add("deactivationReason");
        return new ParticipantEventData("participant.deactivated", d);
    }

    /** One field replaced (a string, number, boolean or null). */
    public ParticipantEventData with(String field, Object value) {
        ObjectNode d = data.deepCopy();
        d.set(field, MAPPER.valueToTree(value));
        return new ParticipantEventData(type, d);
    }

    /** One field left out (to test a consumer's refusal of a payload that breaks the contract). */
    public ParticipantEventData without(String field) {
        ObjectNode d = data.deepCopy();
        d.remove(field);
        return new ParticipantEventData(type, d);
    }

    public String type() {
        return type;
    }

    public String participantId() {
        return data.get("participantId").asText();
    }

    public ObjectNode data() {
        return data.deepCopy();
    }

    public String json() {
        return data.toString();
    }
}
