package id.talenta.participant.events;

import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantEventsTest {

    static final String TOPIC = "test.talenta.participants.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    private static List<ConsumerRecord<String, String>> eventsFor(KafkaProbe probe, String id, int count) {
        return probe
                .pollUntil(
                        seen -> seen.stream().filter(r -> id.equals(r.key())).count() >= count, Duration.ofSeconds(20))
                .stream()
                .filter(r -> id.equals(r.key()))
                .toList();
    }

    @Test
    void registrationChangeAndDeactivationArePublishedAsSnapshotsWithRevisions() throws Exception {
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            String nip = Fixtures.nip();
            String id = Fixtures.register(nip, Fixtures.unit());
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("jobLevel", "AHLI_MADYA"))
                    .patch("/api/v1/participants/" + id)
                    .then()
                    .statusCode(200);
            given().auth()
                    .oauth2(HR)
                    .queryParam("reason", "Mutasi ke instansi lain")
                    .delete("/api/v1/participants/" + id)
                    .then()
                    .statusCode(200);

            List<ConsumerRecord<String, String>> records = eventsFor(probe, id, 3);
            assertEquals(
                    List.of("participant.registered", "participant.updated", "participant.deactivated"),
                    records.stream().map(r -> KafkaProbe.header(r, "ce_type")).toList());
            for (ConsumerRecord<String, String> r : records) {
                EventSchemas.assertValid(KafkaProbe.header(r, "ce_type"), r.value());
            }
            JsonNode registered = JSON.readTree(records.get(0).value());
            assertEquals(1, registered.get("revision").asInt());
            assertEquals(nip, registered.get("nip").asText());
            assertEquals(Fixtures.AGENCY, registered.get("agencyCode").asText(), "the agency of the person's unit");
            assertTrue(registered.get("email") == null, "no e-mail in events (data minimisation)");
            JsonNode updated = JSON.readTree(records.get(1).value());
            assertEquals(2, updated.get("revision").asInt());
            assertEquals(
                    "[\"jobLevel\",\"retirementDate\"]",
                    updated.get("changedFields").toString());
            JsonNode deactivated = JSON.readTree(records.get(2).value());
            assertEquals(3, deactivated.get("revision").asInt());
            assertEquals("INACTIVE", deactivated.get("status").asText());
            assertEquals(
                    "Mutasi ke instansi lain",
                    deactivated.get("deactivationReason").asText());
        }
    }

    @Test
    void aChangeThatChangesNothingPublishesNothing() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("positionTitle", "Analis SDM", "rank", "III/c"))
                    .patch("/api/v1/participants/" + id)
                    .then()
                    .statusCode(200);
            String marker = Fixtures.register(Fixtures.nip(), Fixtures.unit());
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> s.stream().anyMatch(r -> marker.equals(r.key())), Duration.ofSeconds(20));
            assertTrue(seen.stream().anyMatch(r -> marker.equals(r.key())), "the later event arrived");
            assertTrue(seen.stream().noneMatch(r -> id.equals(r.key())), "no event for the no-op change");
        }
    }
}
