package id.talenta.talent.events;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReadinessOverrideTest {

    static final Duration WAIT = Duration.ofSeconds(60);

    static List<JsonNode> readiness(List<ConsumerRecord<String, String>> seen, UUID person, String position) {
        return seen.stream()
                .filter(r -> person.toString().equals(r.key()))
                .filter(r -> TalentEvents.READINESS_CHANGED.equals(KafkaProbe.header(r, "ce_type")))
                .peek(r -> EventSchemas.assertValid(TalentEvents.READINESS_CHANGED, r.value()))
                .map(r -> read(r.value()))
                .filter(e -> position.equals(e.get("keyPositionId").asText()))
                .toList();
    }

    static String me(UUID person) {
        return "candidates.find { it.participantId == '" + person + "' }";
    }

    static String override(String position, UUID person) {
        return "/api/v1/key-positions/" + position + "/candidates/" + person + "/readiness-override";
    }

    @Test
    void committeeOverridesReadinessKeepsTheComputedValueAndTheOverrideSurvivesRecomputation() {
        String nip = newNip();
        UUID person = placed(nip, "PENGAWAS", "OVR", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        String position = keyPosition("Kepala Bidang OVR " + nip, "ADMINISTRATOR", "OVR");
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(person) + ".readiness", equalTo("READY_NOW"))
                .body(me(person) + ".computedReadiness", equalTo("READY_NOW"))
                .body(me(person) + ".calibrated", equalTo(false));

        try (KafkaProbe probe = new KafkaProbe(TALENT)) {
            given().auth()
                    .oauth2(committee())
                    .contentType(ContentType.JSON)
                    .body(Map.of(
                            "readiness", "READY_1_2_YEARS", "reason", "Committee 2025-06: no budget experience yet"))
                    .put(override(position, person))
                    .then()
                    .statusCode(200)
                    .body("readiness", equalTo("READY_1_2_YEARS"))
                    .body("computedReadiness", equalTo("READY_NOW"))
                    .body("calibrated", equalTo(true))
                    .body("rule", equalTo("COMMITTEE_OVERRIDE"))
                    .body("readinessOverride.reason", equalTo("Committee 2025-06: no budget experience yet"))
                    .body("readinessOverride.setBy", equalTo("test-talent-committee"))
                    .body("explanation", containsString("no budget experience yet"));
            JsonNode set = readiness(
                            probe.pollUntil(s -> !readiness(s, person, position).isEmpty(), WAIT), person, position)
                    .get(0);
            assertEquals("READY_NOW", set.get("from").asText());
            assertEquals("READY_1_2_YEARS", set.get("to").asText());
            assertEquals("READY_NOW", set.get("computedReadiness").asText());
            assertTrue(set.get("calibrated").asBoolean());
            assertEquals("COMMITTEE_OVERRIDE", set.get("rule").asText());

            // A new profile lowers the computed readiness; the committee's readiness stays and nothing is published.
            sendProfile(person, 2, nip, "PENGAWAS", "OVR", "TINGGI", 91, Map.of("ADMINISTRATOR", 70.0));
            Awaitility.await()
                    .atMost(WAIT)
                    .until(() -> "READY_3_PLUS_YEARS"
                            .equals(given().auth()
                                    .oauth2(committee())
                                    .get("/api/v1/key-positions/" + position + "/succession")
                                    .path(me(person) + ".computedReadiness")));
            given().auth()
                    .oauth2(committee())
                    .get("/api/v1/key-positions/" + position + "/succession")
                    .then()
                    .body(me(person) + ".readiness", equalTo("READY_1_2_YEARS"))
                    .body(me(person) + ".calibrated", equalTo(true))
                    .body(me(person) + ".targetFit", equalTo(70.0f));
            assertEquals(
                    1,
                    readiness(probe.pollFor(Duration.ofSeconds(2)), person, position)
                            .size());

            // Withdrawn: the computed readiness counts again and the change is published.
            given().auth()
                    .oauth2(committee())
                    .delete(override(position, person) + "?reason=re-assessed")
                    .then()
                    .statusCode(204);
            JsonNode cleared = readiness(
                            probe.pollUntil(s -> readiness(s, person, position).size() >= 2, WAIT), person, position)
                    .get(1);
            assertEquals("READY_1_2_YEARS", cleared.get("from").asText());
            assertEquals("READY_3_PLUS_YEARS", cleared.get("to").asText());
            assertFalse(cleared.get("calibrated").asBoolean());
        }
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(person) + ".readiness", equalTo("READY_3_PLUS_YEARS"))
                .body(me(person) + ".calibrated", equalTo(false))
                .body(me(person) + ".readinessOverride", nullValue());
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/candidates/" + person + "/history")
                .then()
                .statusCode(200)
                .body("to", equalTo(List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS_YEARS")))
                .body("calibrated", equalTo(List.of(false, true, false)))
                .body("computedReadiness", equalTo(List.of("READY_NOW", "READY_NOW", "READY_3_PLUS_YEARS")));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=readiness&entityId=" + position + "/" + person)
                .then()
                .statusCode(200)
                .body("items.action", hasItem("CALIBRATE"))
                .body(
                        "items.find { it.action == 'CALIBRATE' }.reason",
                        equalTo("Committee 2025-06: no budget experience yet"))
                .body("items.find { it.action == 'CALIBRATE' }.actor", equalTo("test-talent-committee"))
                .body("items.find { it.action == 'CALIBRATE' }.after.overrideReadiness", equalTo("READY_1_2_YEARS"))
                .body("items.find { it.action == 'WITHDRAW' }.reason", equalTo("re-assessed"));
        given().auth()
                .oauth2(committee())
                .delete(override(position, person))
                .then()
                .statusCode(404);
    }

    @Test
    void overrideNeedsAKnownReadinessAReasonTheCommitteeAndACandidateOnTheList() {
        String nip = newNip();
        UUID person = placed(nip, "PENGAWAS", "OVR2", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        String position = keyPosition("Kepala Bidang OVR2 " + nip, "ADMINISTRATOR", "OVR2");
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "READY_NOW"))
                .put(override(position, person))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "INELIGIBLE", "reason", "x"))
                .put(override(position, person))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("readiness"))
                .body("errors[0].message", containsString("READY_1_2_YEARS"));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "READY_NOW", "reason", "x"))
                .put(override(position, person))
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "READY_NOW", "reason", "x"))
                .put(override(position, UUID.randomUUID()))
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "READY_NOW", "reason", "x"))
                .put(override(UUID.randomUUID().toString(), person))
                .then()
                .statusCode(404);

        // Deactivation removes the person from the list: the override is kept but never overrides eligibility.
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "NOT_READY", "reason", "on leave"))
                .put(override(position, person))
                .then()
                .statusCode(200)
                .body("readiness", equalTo("NOT_READY"));
        sendParticipant(person, 2, nip, "PENGAWAS", "OVR2", FAR_RETIREMENT, "INACTIVE");
        Awaitility.await()
                .atMost(WAIT)
                .until(() -> !given().auth()
                        .oauth2(committee())
                        .get("/api/v1/key-positions/" + position + "/succession")
                        .jsonPath()
                        .getList("candidates.participantId")
                        .contains(person.toString()));
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("readiness", "READY_NOW", "reason", "x"))
                .put(override(position, person))
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/candidates/" + person + "/history")
                .then()
                .body("to[-1]", equalTo("INELIGIBLE"))
                .body("rule[-1]", equalTo("INELIGIBLE_INACTIVE"));
    }
}
