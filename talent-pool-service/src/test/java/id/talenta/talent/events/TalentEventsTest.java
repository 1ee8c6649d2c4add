package id.talenta.talent.events;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalentEventsTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    static List<JsonNode> of(List<ConsumerRecord<String, String>> seen, UUID participant, String type) {
        return seen.stream()
                .filter(r -> participant.toString().equals(r.key()))
                .filter(r -> type.equals(KafkaProbe.header(r, "ce_type")))
                .peek(r -> EventSchemas.assertValid(type, r.value()))
                .map(r -> read(r.value()))
                .toList();
    }

    static List<JsonNode> readiness(List<ConsumerRecord<String, String>> seen, UUID participant, String position) {
        return of(seen, participant, TalentEvents.READINESS_CHANGED).stream()
                .filter(e -> position.equals(e.get("keyPositionId").asText()))
                .toList();
    }

    static String keyPosition(String title, String jobLevel, String unitCode) {
        return given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("title", title, "jobLevel", jobLevel, "unitCode", unitCode, "criticality", "HIGH"))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** GPath to one candidate: candidate lists are organisation-wide, other tests' pool members appear too. */
    static String me(UUID person) {
        return "candidates.find { it.participantId == '" + person + "' }";
    }

    @Test
    void profileEventPlacesTheParticipantAndMakesThemAReadyNowSuccessor() throws Exception {
        String nip = newNip();
        UUID person = registered(nip, "ADMINISTRATOR", "BAPPEDA", FAR_RETIREMENT);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "SANGAT_BAIK", "source", "SKP 2024"))
                .put("/api/v1/performance-ratings/" + person + "/2024")
                .then()
                .statusCode(201);
        String position = keyPosition("Kepala Bappeda " + nip, "JPT_PRATAMA", "BAPPEDA");

        try (KafkaProbe probe = new KafkaProbe(TALENT)) {
            String eventId = sendProfile(
                    person,
                    1,
                    nip,
                    "ADMINISTRATOR",
                    "BAPPEDA",
                    "TINGGI",
                    92.5,
                    Map.of("JPT_PRATAMA", 99.5, "ADMINISTRATOR", 97.0));
            List<ConsumerRecord<String, String>> seen = probe.pollUntil(
                    s -> !of(s, person, TalentEvents.PLACEMENT_CHANGED).isEmpty()
                            && !readiness(s, person, position).isEmpty(),
                    WAIT);

            JsonNode placement =
                    of(seen, person, TalentEvents.PLACEMENT_CHANGED).get(0);
            assertEquals(9, placement.get("box").asInt());
            assertEquals("ABOVE", placement.get("performanceLevel").asText());
            assertEquals("TINGGI", placement.get("potentialLevel").asText());
            assertTrue(placement.get("inTalentPool").asBoolean());
            // the version in force (other tests publish and restore policy versions in the same database)
            assertEquals(
                    given().auth()
                            .oauth2(committee())
                            .get("/api/v1/policies/nine-box")
                            .jsonPath()
                            .getInt("version"),
                    placement.get("policyVersion").asInt());

            JsonNode readiness = readiness(seen, person, position).get(0);
            assertEquals(position, readiness.get("keyPositionId").asText());
            assertTrue(readiness.get("from").isNull());
            assertEquals("READY_NOW", readiness.get("to").asText());
            assertEquals("READY_NOW", readiness.get("rule").asText());
            assertEquals(99.5, readiness.get("targetFit").asDouble());

            // The same event again, and an older revision: nothing changes, nothing is published.
            KafkaProbe.send(
                    PROFILES,
                    person.toString(),
                    eventId,
                    "profile.computed",
                    profileJson(person, 1, nip, "ADMINISTRATOR", "BAPPEDA", "RENDAH", 50, Map.of("JPT_PRATAMA", 10.0)));
            sendProfile(person, 1, nip, "ADMINISTRATOR", "BAPPEDA", "RENDAH", 50, Map.of("JPT_PRATAMA", 10.0));
            List<ConsumerRecord<String, String>> after = probe.pollFor(Duration.ofSeconds(3));
            assertEquals(1, of(after, person, TalentEvents.PLACEMENT_CHANGED).size());
            assertEquals(1, readiness(after, person, position).size());
        }

        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .statusCode(200)
                .body(me(person) + ".readiness", equalTo("READY_NOW"))
                .body(me(person) + ".rank", equalTo(1))
                .body(me(person) + ".source", equalTo("AUTO"))
                .body(me(person) + ".explanation", containsString("rule 1"))
                .body("benchStrength.readyNow", greaterThanOrEqualTo(1))
                .body("vacancyRisk", equalTo("NONE"));
    }

    @Test
    void lowerTargetFitChangesOnlyReadinessAndDeactivationRemovesFromPoolAndLists() {
        String nip = newNip();
        UUID person = registered(nip, "PENGAWAS", "DINKES", FAR_RETIREMENT);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + person + "/2024")
                .then()
                .statusCode(201);
        String position = keyPosition("Kepala Bidang " + nip, "ADMINISTRATOR", "DINKES");

        try (KafkaProbe probe = new KafkaProbe(TALENT)) {
            sendProfile(person, 1, nip, "PENGAWAS", "DINKES", "TINGGI", 91, Map.of("ADMINISTRATOR", 93.0));
            probe.pollUntil(s -> !readiness(s, person, position).isEmpty(), WAIT);

            sendProfile(person, 2, nip, "PENGAWAS", "DINKES", "TINGGI", 90.5, Map.of("ADMINISTRATOR", 80.0));
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> readiness(s, person, position).size() >= 2, WAIT);
            JsonNode change = readiness(seen, person, position).get(1);
            assertEquals("READY_NOW", change.get("from").asText());
            assertEquals("READY_1_2_YEARS", change.get("to").asText());
            assertEquals(2, change.get("revision").asInt());
            assertEquals(1, of(seen, person, TalentEvents.PLACEMENT_CHANGED).size(), "box 8 did not change");

            sendParticipant(person, 2, nip, "PENGAWAS", "DINKES", FAR_RETIREMENT, "INACTIVE");
            seen = probe.pollUntil(
                    s -> readiness(s, person, position).size() >= 3
                            && of(s, person, TalentEvents.PLACEMENT_CHANGED).size() >= 2,
                    WAIT);
            JsonNode left = readiness(seen, person, position).get(2);
            assertEquals("INELIGIBLE", left.get("to").asText());
            assertEquals("INELIGIBLE_INACTIVE", left.get("rule").asText());
            JsonNode placement =
                    of(seen, person, TalentEvents.PLACEMENT_CHANGED).get(1);
            assertTrue(!placement.get("inTalentPool").asBoolean());
        }
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .statusCode(200)
                .body("candidates.participantId", not(hasItem(person.toString())));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/candidates/" + person + "/history")
                .then()
                .statusCode(200)
                .body("to", equalTo(List.of("READY_NOW", "READY_1_2_YEARS", "INELIGIBLE")));
    }

    @Test
    void unratedHighPotentialIsPlacedInBoxSixOutsideThePool() {
        String nip = newNip();
        UUID person = registered(nip, "PELAKSANA", "DISDUK", FAR_RETIREMENT);
        try (KafkaProbe probe = new KafkaProbe(TALENT)) {
            sendProfile(person, 1, nip, "PELAKSANA", "DISDUK", "TINGGI", 95, Map.of("PENGAWAS", 90.0));
            List<ConsumerRecord<String, String>> seen = probe.pollUntil(
                    s -> !of(s, person, TalentEvents.PLACEMENT_CHANGED).isEmpty(), WAIT);
            JsonNode placement =
                    of(seen, person, TalentEvents.PLACEMENT_CHANGED).get(0);
            assertEquals(6, placement.get("box").asInt());
            assertTrue(placement.get("performanceLevel").isNull());
            assertTrue(!placement.get("inTalentPool").asBoolean());
            assertTrue(placement.get("explanation").asText().contains("no SKP rating"));
        }
    }

    @Test
    void poisonProfileGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        awaitConsumers();
        UUID person = UUID.randomUUID();
        try (KafkaProbe dlq = new KafkaProbe("test.talenta.dlq.talent-pool-service")) {
            KafkaProbe.send(
                    PROFILES,
                    person.toString(),
                    UUID.randomUUID().toString(),
                    "profile.computed",
                    "{\"participantId\":\"" + person
                            + "\",\"revision\":1,\"potential\":{\"score\":50,\"category\":\"SUPER\"}}");
            List<ConsumerRecord<String, String>> seen = dlq.pollUntil(
                    s -> s.stream().anyMatch(r -> person.toString().equals(r.key())), WAIT);
            assertTrue(seen.stream().anyMatch(r -> person.toString().equals(r.key())));
        }
    }
}
