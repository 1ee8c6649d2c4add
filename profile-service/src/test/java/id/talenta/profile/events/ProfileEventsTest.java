package id.talenta.profile.events;

import static id.talenta.profile.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileEventsTest {

    static final Duration WAIT = Duration.ofSeconds(90);
    static final ObjectMapper MAPPER =
            new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final String UNIT = "DINKES";

    @BeforeEach
    void consumersAreLive() {
        awaitConsumers();
    }

    @Test
    void finalizedResultBecomesAProfileComputedEventThatMatchesTheContract() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            sendParticipant(participant(participant, 1, nip, "Siti Rahma", "ADMINISTRATOR", UNIT));
            ObjectNode result = withPotential(
                    withLevel(
                            result(participant, nip, UUID.randomUUID(), 1, "ADMINISTRATOR", UNIT, "3"),
                            "KOMUNIKASI",
                            "2"),
                    Map.of("GRIT", 4, "GROWTH_MINDSET", 3));
            sendResult(result);

            List<JsonNode> mine = computed(profiles, participant, 1);
            JsonNode p = mine.get(0);
            EventSchemas.assertValid("profile.computed", p.toString());
            assertEquals("ASSESSMENT", p.get("reason").asText());
            assertEquals(1, p.get("revision").asInt());
            assertEquals("ADMINISTRATOR", p.get("jobLevel").asText());
            assertEquals(nip, p.get("nip").asText());
            // (8 × 3 + 2) / 27 = 96.296...
            assertDecimal("96.30", p.get("jpm"));
            assertEquals("OPTIMAL", p.get("mappingCategory").asText());
            assertEquals("MEMENUHI_SYARAT", p.get("selectionCategory").asText());
            // assessment 3.5 / 5 = 70.00 ; (96.30 + 70.00) / 2 = 83.15
            assertDecimal("83.15", p.get("potential").get("score"));
            assertEquals("MENENGAH", p.get("potential").get("category").asText());
            assertEquals(14, p.get("fitByJobLevel").size());
            assertEquals(
                    "COACHING_MENTORING",
                    p.get("developmentNeeds").get(0).get("recommendation").asText());
            assertEquals(
                    result.get("resultId").asText(),
                    p.get("source").get("resultId").asText());
            // the two topics are independent streams: the replica may or may not have caught up yet
            assertTrue(List.of("REPLICA", "EVENT")
                    .contains(p.get("explanation").get("jobLevelSource").asText()));
        }
        await().atMost(WAIT)
                .untilAsserted(() -> given().auth()
                        .oauth2(TestTokens.forRole("hr-officer"))
                        .get("/api/v1/profiles/" + participant)
                        .then()
                        .statusCode(200)
                        .body("jpm", equalTo(96.30f))
                        .body("fullName", equalTo("Siti Rahma")));
    }

    @Test
    void resultBeforeTheParticipantUsesTheEventsJobLevelAndIsReconciledLater() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            sendResult(result(participant, nip, UUID.randomUUID(), 1, "PENGAWAS", UNIT, "2"));
            JsonNode first = computed(profiles, participant, 1).get(0);
            assertEquals("PENGAWAS", first.get("jobLevel").asText());
            assertEquals("EVENT", first.get("explanation").get("jobLevelSource").asText());
            assertDecimal("100.00", first.get("jpm"));

            sendParticipant(participant(participant, 1, nip, "Budi Santoso", "ADMINISTRATOR", UNIT));
            JsonNode second = computed(profiles, participant, 2).get(1);
            EventSchemas.assertValid("profile.computed", second.toString());
            assertEquals("JOB_LEVEL_CHANGE", second.get("reason").asText());
            assertEquals(2, second.get("revision").asInt());
            assertEquals("ADMINISTRATOR", second.get("jobLevel").asText());
            assertDecimal("66.67", second.get("jpm"));
            assertEquals(
                    first.get("source").get("resultId"), second.get("source").get("resultId"));
            assertEquals("Budi Santoso", second.get("fullName").asText());
        }
    }

    @Test
    void duplicatesAndOutOfOrderRevisionsChangeNothing() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        UUID assessment = UUID.randomUUID();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            ObjectNode rev1 = result(participant, nip, assessment, 1, "PENGAWAS", UNIT, "1.5");
            String rev1EventId = sendResult(rev1);
            KafkaProbe.send(
                    RESULTS_TOPIC,
                    participant.toString(),
                    rev1EventId,
                    "assessment.result.finalized",
                    rev1.toString()); // redelivery of the same event
            ObjectNode rev2 = result(participant, nip, assessment, 2, "PENGAWAS", UNIT, "2");
            sendResult(rev2);
            sendResult(rev1); // the old revision again, as a new event (out of order)
            ObjectNode rev2Again = result(participant, nip, assessment, 2, "PENGAWAS", UNIT, "1");
            sendResult(rev2Again); // same revision number, different content: not newer

            List<JsonNode> mine = computed(profiles, participant, 2);
            List<JsonNode> all = ofParticipant(profiles.pollFor(Duration.ofSeconds(3)), participant);
            assertEquals(2, all.size(), "one profile for revision 1, one for revision 2, nothing else: " + all);
            assertEquals("ASSESSMENT", mine.get(0).get("reason").asText());
            assertDecimal("75.00", mine.get(0).get("jpm"));
            assertEquals("RESULT_REVISION", mine.get(1).get("reason").asText());
            assertEquals(2, mine.get(1).get("source").get("resultRevision").asInt());
            assertDecimal("100.00", mine.get(1).get("jpm"));
        }
        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .get("/api/v1/profiles/" + participant + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].revision", equalTo(2))
                .body("items[1].reason", equalTo("ASSESSMENT"));
    }

    @Test
    void aResultOfAnOlderAssessmentDoesNotReplaceANewerAssessmentsProfile() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            ObjectNode september = result(participant, nip, UUID.randomUUID(), 1, "PENGAWAS", UNIT, "2");
            september.put("assessmentDate", "2025-09-01").put("finalizedAt", "2025-09-05T00:00:00Z");
            sendResult(september);
            computed(profiles, participant, 1);
            ObjectNode may = result(participant, nip, UUID.randomUUID(), 1, "PENGAWAS", UNIT, "1");
            may.put("finalizedAt", "2025-10-01T00:00:00Z"); // finalized late, but assessed in May
            sendResult(may);
            assertEquals(
                    1,
                    ofParticipant(profiles.pollFor(Duration.ofSeconds(3)), participant)
                            .size());
        }
        given().auth()
                .oauth2(TestTokens.forRole("integration"))
                .get("/api/v1/profiles/" + participant)
                .then()
                .statusCode(200)
                .body("source.assessmentDate", equalTo("2025-09-01"))
                .body("revision", equalTo(1));
    }

    @Test
    void jobLevelChangeRecomputesWhileUnitChangeOnlyFollowsAndStaleSnapshotsAreIgnored() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            sendParticipant(participant(participant, 1, nip, "Dewi", "PENGAWAS", UNIT));
            sendResult(result(participant, nip, UUID.randomUUID(), 1, "PENGAWAS", UNIT, "3"));
            computed(profiles, participant, 1);

            sendParticipant(participant(participant, 2, nip, "Dewi", "PENGAWAS", "BAPPEDA"));
            sendParticipant(participant(participant, 1, nip, "Dewi", "PELAKSANA", UNIT));
            sendParticipant(participant(participant, 3, nip, "Dewi", "JPT_PRATAMA", "BAPPEDA"));

            List<JsonNode> mine = computed(profiles, participant, 2);
            assertEquals(
                    2,
                    ofParticipant(profiles.pollFor(Duration.ofSeconds(2)), participant)
                            .size());
            JsonNode changed = mine.get(1);
            EventSchemas.assertValid("profile.computed", changed.toString());
            assertEquals("JOB_LEVEL_CHANGE", changed.get("reason").asText());
            assertEquals("JPT_PRATAMA", changed.get("jobLevel").asText());
            assertEquals("BAPPEDA", changed.get("unitCode").asText());
            assertDecimal("75.00", changed.get("jpm"));
        }
    }

    @Test
    void unitChangeUpdatesTheLatestProfileWithoutANewVersion() throws Exception {
        UUID participant = UUID.randomUUID();
        String nip = newNip();
        try (KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            sendParticipant(participant(participant, 1, nip, "Eko", "PENGAWAS", UNIT));
            sendResult(result(participant, nip, UUID.randomUUID(), 1, "PENGAWAS", UNIT, "3"));
            computed(profiles, participant, 1);
            sendParticipant(participant(participant, 2, nip, "Eko Prasetyo", "PENGAWAS", "BAPPEDA"));
            await().atMost(WAIT)
                    .untilAsserted(() -> given().auth()
                            .oauth2(TestTokens.forRole("hr-officer"))
                            .get("/api/v1/profiles/" + participant)
                            .then()
                            .statusCode(200)
                            .body("unitCode", equalTo("BAPPEDA"))
                            .body("fullName", equalTo("Eko Prasetyo"))
                            .body("revision", equalTo(1)));
            assertEquals(
                    1,
                    ofParticipant(profiles.pollFor(Duration.ofSeconds(1)), participant)
                            .size());
        }
    }

    @Test
    void unusableResultGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        UUID poisoned = UUID.randomUUID();
        UUID healthy = UUID.randomUUID();
        try (KafkaProbe dlq = new KafkaProbe(DLQ_TOPIC);
                KafkaProbe profiles = new KafkaProbe(PROFILES_TOPIC)) {
            sendResult(result(poisoned, newNip(), UUID.randomUUID(), 1, "KEPALA_SUKU", UNIT, "3"));
            sendResult(result(healthy, newNip(), UUID.randomUUID(), 1, "PELAKSANA", UNIT, "1"));

            var dead = dlq.pollUntil(
                    s -> s.stream().anyMatch(r -> poisoned.toString().equals(r.key())), WAIT);
            ConsumerRecord<String, String> record = dead.stream()
                    .filter(r -> poisoned.toString().equals(r.key()))
                    .findFirst()
                    .orElseThrow();
            String reason = KafkaProbe.header(record, "dead-letter-reason");
            assertTrue(reason != null && reason.contains("KEPALA_SUKU"), "reason: " + reason);
            assertDecimal("100.00", computed(profiles, healthy, 1).get(0).get("jpm"));
            assertTrue(ofParticipant(profiles.seen(), poisoned).isEmpty());
        }
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/profiles/" + poisoned)
                .then()
                .statusCode(404);
    }

    @Test
    void aParticipantEventBreakingItsContractGoesToTheDeadLetterTopic() throws Exception {
        UUID broken = UUID.randomUUID();
        try (KafkaProbe dlq = new KafkaProbe(DLQ_TOPIC)) {
            sendParticipant(participant(broken, 1, newNip(), "Tanpa Unit", "PENGAWAS", UNIT)
                    .without("unitCode"));

            var dead = dlq.pollUntil(
                    s -> s.stream().anyMatch(r -> broken.toString().equals(r.key())), WAIT);
            ConsumerRecord<String, String> record = dead.stream()
                    .filter(r -> broken.toString().equals(r.key()))
                    .findFirst()
                    .orElseThrow();
            String reason = KafkaProbe.header(record, "dead-letter-reason");
            assertTrue(reason != null && reason.contains("unitCode"), "reason: " + reason);
        }
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/subject-access/" + broken)
                .then()
                .statusCode(404);
    }

    static void assertDecimal(String expected, JsonNode actual) {
        assertEquals(
                0,
                new java.math.BigDecimal(expected).compareTo(actual.decimalValue()),
                "expected " + expected + " but was " + actual);
    }

    static List<JsonNode> computed(KafkaProbe probe, UUID participant, int atLeast) {
        List<JsonNode> mine =
                ofParticipant(probe.pollUntil(s -> ofParticipant(s, participant).size() >= atLeast, WAIT), participant);
        assertTrue(
                mine.size() >= atLeast,
                "expected " + atLeast + " profile.computed for " + participant + ", got " + mine);
        return mine;
    }

    static List<JsonNode> ofParticipant(List<ConsumerRecord<String, String>> records, UUID participant) {
        return records.stream()
                .filter(r -> participant.toString().equals(r.key()))
                .filter(r -> "profile.computed".equals(KafkaProbe.header(r, "ce_type")))
                .map(r -> {
                    try {
                        return MAPPER.readTree(r.value());
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
