package id.talenta.chassis.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import org.junit.jupiter.api.Test;

/** The unit-event contract as every unit replica reads it: the packaged JSON Schemas decide. */
class UnitContractTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ObjectNode unit() {
        ObjectNode data = MAPPER.createObjectNode();
        data.put("code", "PBL-BKPSDM");
        data.put("name", "BKPSDM");
        data.putNull("parentCode");
        data.put("agencyCode", "PROBOLINGGO");
        data.put("revision", 2);
        return data;
    }

    private static IncomingEvent event(String type, ObjectNode data) {
        return new IncomingEvent("e-1", type, "/participant-service", "units/PBL-BKPSDM", null, "PBL-BKPSDM", data);
    }

    @Test
    void aConformingEventIsReadAsTheUnitsState() {
        UnitSnapshot u = UnitContract.read(event("unit.updated", unit()), MAPPER);
        assertEquals("PBL-BKPSDM", u.code());
        assertEquals("PROBOLINGGO", u.agencyCode());
        assertNull(u.parentCode());
        assertEquals(2, u.revision());
    }

    @Test
    void anEventWithoutAgencyOrOfAnotherTypeIsPoison() {
        ObjectNode noAgency = unit();
        noAgency.remove("agencyCode");
        PoisonMessageException broken = assertThrows(
                PoisonMessageException.class, () -> UnitContract.read(event("unit.registered", noAgency), MAPPER));
        assertTrue(broken.getMessage().contains("agencyCode"), broken.getMessage());
        PoisonMessageException wrongType = assertThrows(
                PoisonMessageException.class, () -> UnitContract.read(event("participant.updated", unit()), MAPPER));
        assertTrue(wrongType.getMessage().contains("not one of"), wrongType.getMessage());
    }
}
