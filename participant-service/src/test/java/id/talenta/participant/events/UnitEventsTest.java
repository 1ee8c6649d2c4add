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
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnitEventsTest {

    static final String TOPIC = "test.talenta.units.v1";
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCreatedUnitIsPublishedOnceWithItsParentAndAgency() throws Exception {
        String root = "UE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String child = root + "-BKPSDM";
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            create(Map.of("code", root, "name", "Pemkab Uji", "agencyCode", Fixtures.agency()));
            create(Map.of("code", child, "name", "BKPSDM", "parentCode", root));

            List<ConsumerRecord<String, String>> seen = probe.pollUntil(
                    s -> s.stream().filter(r -> r.key().startsWith(root)).count() >= 2, Duration.ofSeconds(20));
            // Nothing more about these units follows (the sweep must not publish them a second time).
            seen = probe.pollFor(Duration.ofSeconds(3));
            // Different keys may land on different partitions: no order between the two units' events.
            List<ConsumerRecord<String, String>> ours = seen.stream()
                    .filter(r -> r.key().startsWith(root))
                    .sorted(java.util.Comparator.comparing(ConsumerRecord::key))
                    .toList();
            assertEquals(
                    List.of(root, child), ours.stream().map(ConsumerRecord::key).toList());
            for (ConsumerRecord<String, String> r : ours) {
                assertEquals("unit.registered", KafkaProbe.header(r, "ce_type"));
                assertEquals("units/" + r.key(), KafkaProbe.header(r, "ce_subject"));
                EventSchemas.assertValid("unit.registered", r.value());
            }
            JsonNode rootEvent = JSON.readTree(ours.get(0).value());
            assertTrue(rootEvent.get("parentCode").isNull(), "a root unit has no parent");
            JsonNode childEvent = JSON.readTree(ours.get(1).value());
            assertEquals(root, childEvent.get("parentCode").asText());
            assertEquals(Fixtures.AGENCY, childEvent.get("agencyCode").asText(), "inherited from the parent");
            assertEquals(1, childEvent.get("revision").asInt());
        }
    }

    private static void create(Map<String, Object> body) {
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/units")
                .then()
                .statusCode(201);
    }
}
