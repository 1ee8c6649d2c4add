package id.talenta.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.EventSchemas;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The test data keeps to the contracts, so a test's event is never dead-lettered for a reason it is not about. */
class FixturesTest {

    @Test
    void participantEventsMatchTheirSchemas() {
        UUID id = UUID.randomUUID();
        String nip = Fixtures.newNip();
        assertEquals(18, nip.length());
        EventSchemas.assertValid(
                "participant.registered",
                Fixtures.participant(id, 1, nip, "Dewi", "PENGAWAS", "DINKES").json());
        EventSchemas.assertValid(
                "participant.updated",
                Fixtures.participant(id, 2, nip, "Dewi", "ADMINISTRATOR", "BAPPEDA")
                        .json());
    }

    @Test
    void resultsMatchTheirSchema() {
        EventSchemas.assertValid(
                "assessment.result.finalized",
                Fixtures.result(UUID.randomUUID(), Fixtures.newNip(), UUID.randomUUID(), 2, "PENGAWAS", "DINKES", "3")
                        .toString());
    }
}
