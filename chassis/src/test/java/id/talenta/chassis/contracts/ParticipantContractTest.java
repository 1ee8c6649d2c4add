package id.talenta.chassis.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The participant-event contract as all three replicas read it: the packaged JSON Schemas decide. */
class ParticipantContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final UUID PARTICIPANT = UUID.fromString("0190a2c4-0000-7000-8000-000000000001");

    static ObjectNode registered() {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("participantId", PARTICIPANT.toString());
        data.put("revision", 1);
        data.put("nip", "198002292005012001");
        data.put("fullName", "Siti Aminah");
        data.putNull("frontTitle");
        data.put("backTitle", "S.E.");
        data.put("employmentType", "PNS");
        data.put("rank", "III/d");
        data.put("positionTitle", "Kepala Subbagian Umum");
        data.put("jobLevel", "PENGAWAS");
        data.put("unitCode", "PROB-SETDA");
        data.put("birthDate", "1980-02-29");
        data.put("gender", "FEMALE");
        data.put("cpnsStartMonth", "2005-01");
        data.put("retirementDate", "2038-03-01");
        data.put("status", "ACTIVE");
        data.putNull("deactivationReason");
        data.putArray("changedFields");
        data.put("occurredAt", "2026-12-03T01:00:00Z");
        return data;
    }

    private static IncomingEvent event(String type, ObjectNode data) {
        return new IncomingEvent(
                "e-1", type, "/participant-service", PARTICIPANT.toString(), null, PARTICIPANT.toString(), data);
    }

    @Test
    void aConformingEventIsReadIntoTheSnapshot() {
        ParticipantSnapshot s = ParticipantContract.read(event("participant.registered", registered()), MAPPER);
        assertEquals(PARTICIPANT, s.participantId());
        assertEquals(1, s.revision());
        assertEquals("PENGAWAS", s.jobLevel());
        assertEquals(LocalDate.of(2038, 3, 1), s.retirementDate());
        assertTrue(s.active());
    }

    @Test
    void aMissingRequiredFieldIsPoisonNamingTheField() {
        ObjectNode data = registered();
        data.remove("unitCode");
        PoisonMessageException e = assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("participant.registered", data), MAPPER));
        assertTrue(e.getMessage().contains("unitCode"), e.getMessage());
    }

    @Test
    void eachTypeKeepsItsOwnRules() {
        // a registration is ACTIVE; a deactivation INACTIVE with a reason; an update names what changed
        ObjectNode deactivatedButActive = registered();
        deactivatedButActive.put("deactivationReason", "PENSIUN");
        assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("participant.deactivated", deactivatedButActive), MAPPER));

        ObjectNode updateWithoutChanges = registered();
        updateWithoutChanges.put("revision", 2);
        assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("participant.updated", updateWithoutChanges), MAPPER));

        ObjectNode deactivated = registered();
        deactivated.put("revision", 3).put("status", "INACTIVE").put("deactivationReason", "PENSIUN");
        deactivated.putArray("changedFields").add("status");
        ParticipantSnapshot s = ParticipantContract.read(event("participant.deactivated", deactivated), MAPPER);
        assertEquals("PENSIUN", s.deactivationReason());
    }

    @Test
    void anUnknownJobLevelOrMalformedNipIsPoison() {
        ObjectNode level = registered();
        level.put("jobLevel", "ESELON_II");
        assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("participant.registered", level), MAPPER));
        ObjectNode nip = registered();
        nip.put("nip", "19800229");
        assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("participant.registered", nip), MAPPER));
    }

    @Test
    void anEventOfAnotherTypeIsPoison() {
        assertThrows(
                PoisonMessageException.class,
                () -> ParticipantContract.read(event("profile.computed", registered()), MAPPER));
    }
}
