package id.talenta.profile.api;

import static id.talenta.profile.Fixtures.PROFILES_TOPIC;
import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.participant;
import static id.talenta.profile.Fixtures.result;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.profile.events.ResultFinalizedPayload;
import id.talenta.profile.profile.ProfileService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FrameworkResourceTest {

    @Inject
    ProfileService profiles;

    @Inject
    ObjectMapper mapper;

    @Test
    void versionOneIsTheActiveSeededDefault() {
        given().auth()
                .oauth2(TestTokens.forRole("integration"))
                .get("/api/v1/competency-frameworks/active")
                .then()
                .statusCode(200)
                .body("competencies", hasSize(9))
                .body("competencies[0].levels", hasSize(5))
                .body("standard.JPT_UTAMA.INTEGRITAS", equalTo(5))
                .body("standard.AHLI_MUDA.PEREKAT_BANGSA", equalTo(2))
                .body("standard.PELAKSANA.KOMUNIKASI", equalTo(1))
                .body("jpmPolicy.formula", equalTo("COMPENSATORY"))
                .body("jpmPolicy.mappingThresholds.optimal", equalTo(90))
                .body("potentialPolicy.thresholds.menengah", equalTo(78));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-frameworks/1")
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-frameworks")
                .then()
                .statusCode(200)
                .body("items.version", hasItem(1));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-frameworks/abc")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-frameworks/999")
                .then()
                .statusCode(404);
    }

    @Test
    void anInvalidFrameworkListsEveryViolation() throws Exception {
        ObjectNode body = activeAsRequest();
        ((ObjectNode) body.get("standard")).remove("PEMULA");
        ((ObjectNode) body.get("standard").get("PENGAWAS")).put("INTEGRITAS", 7);
        ((ObjectNode) body.get("jpmPolicy").get("mappingThresholds")).put("cukupOptimal", 95);
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .contentType("application/json")
                .body(body.toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("standard.PEMULA"))
                .body("errors.field", hasItem("standard.PENGAWAS.INTEGRITAS"))
                .body("errors.field", hasItem("jpmPolicy.mappingThresholds.cukupOptimal"));
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .contentType("application/json")
                .body("{\"name\":\"x\",\"competencies\":[],\"standard\":{\"KING\":{}}}")
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .contentType("application/json")
                .body(activeAsRequest().toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(403);
    }

    @Test
    void activatingAVersionRecomputesChangedProfilesAsAJobAndPublishesThem() throws Exception {
        // below 0x80…: the recomputation cursor once skipped these (uuids compare as unsigned bytes)
        UUID administrator = UUID.fromString("0" + UUID.randomUUID().toString().substring(1));
        UUID staff = UUID.randomUUID();
        UUID expert = UUID.randomUUID();
        seed(administrator, "ADMINISTRATOR", "3");
        seed(staff, "PELAKSANA", "3");
        seed(expert, "PELAKSANA", "5");

        ObjectNode v2 = activeAsRequest();
        v2.put("name", "Administrators need level 4");
        Iterator<String> codes = v2.get("standard").get("ADMINISTRATOR").fieldNames();
        List<String> names = new java.util.ArrayList<>();
        codes.forEachRemaining(names::add);
        names.forEach(code -> ((ObjectNode) v2.get("standard").get("ADMINISTRATOR")).put(code, 4));
        Response created = given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .contentType("application/json")
                .body(v2.toString())
                .post("/api/v1/competency-frameworks");
        created.then().statusCode(201).body("status", equalTo("DRAFT")).header("Location", startsWith("http"));
        int version = created.path("version");

        try (KafkaProbe probe = new KafkaProbe(PROFILES_TOPIC)) {
            String job = activate(version);
            given().auth()
                    .oauth2(TestTokens.forRole("admin"))
                    .post("/api/v1/competency-frameworks/" + version + "/activate")
                    .then()
                    .statusCode(409);
            String jobId = job.substring(job.lastIndexOf('/') + 1);
            // audited: who activated which version and why, what it retired, and the job's outcome
            given().auth()
                    .oauth2(TestTokens.forRole("talent-committee"))
                    .get("/api/v1/audit?entityType=competency-framework&entityId=" + version)
                    .then()
                    .statusCode(200)
                    .body("items.action", org.hamcrest.Matchers.hasItems("CREATE", "ACTIVATE"))
                    .body("items.find { it.action == 'ACTIVATE' }.actor", equalTo("framework-owner"))
                    .body("items.find { it.action == 'ACTIVATE' }.reason", equalTo("Standar 2026 ditetapkan"))
                    .body(
                            "items.find { it.action == 'ACTIVATE' }.changedFields",
                            org.hamcrest.Matchers.contains("status"))
                    .body("items.find { it.action == 'ACTIVATE' }.before.status", equalTo("DRAFT"))
                    .body("items.find { it.action == 'ACTIVATE' }.after.status", equalTo("ACTIVE"));
            given().auth()
                    .oauth2(TestTokens.forRole("admin"))
                    .get("/api/v1/audit?entityType=framework-activation&entityId=" + jobId)
                    .then()
                    .statusCode(200)
                    .body("items.find { it.action == 'COMPLETE' }.actor", equalTo("system:profile-service"))
                    .body("items.find { it.action == 'COMPLETE' }.after.status", equalTo("COMPLETED"));
            given().auth()
                    .oauth2(TestTokens.forRole("admin"))
                    .get("/api/v1/audit?entityType=profile&entityId=" + administrator)
                    .then()
                    .statusCode(200)
                    .body("items[0].action", equalTo("COMPUTE"))
                    .body("items[0].reason", equalTo("FRAMEWORK_CHANGE"))
                    .body("items[0].actor", equalTo("system:profile-service"))
                    .body("items[0].before.frameworkVersion", equalTo(1))
                    .body("items[0].after.frameworkVersion", equalTo(version))
                    .body("items[0].after.jpm.floatValue()", equalTo(75.0f));
            given().auth()
                    .oauth2(TestTokens.forRole("admin"))
                    .get(job)
                    .then()
                    .body("frameworkVersion", equalTo(version))
                    .body("changedProfiles", greaterThanOrEqualTo(1))
                    .body("totalProfiles", greaterThanOrEqualTo(2));

            List<JsonNode> changed = probe
                    .pollUntil(
                            s -> s.stream()
                                            .anyMatch(r ->
                                                    administrator.toString().equals(r.key()))
                                    && s.stream().anyMatch(r -> staff.toString().equals(r.key())),
                            Duration.ofSeconds(60))
                    .stream()
                    .filter(r -> administrator.toString().equals(r.key()))
                    .map(r -> read(r.value()))
                    .toList();
            assertEquals(1, changed.size());
            JsonNode event = changed.get(0);
            EventSchemas.assertValid("profile.computed", event.toString());
            assertEquals("FRAMEWORK_CHANGE", event.get("reason").asText());
            assertEquals(version, event.get("frameworkVersion").asInt());
            assertEquals(2, event.get("revision").asInt());
            assertEquals(
                    0,
                    new java.math.BigDecimal("75.00").compareTo(event.get("jpm").decimalValue()));
            JsonNode staffEvent = probe.seen().stream()
                    .filter(r -> staff.toString().equals(r.key()))
                    .map(r -> read(r.value()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    0,
                    new java.math.BigDecimal("100")
                            .compareTo(staffEvent.get("jpm").decimalValue()),
                    "the staff member's own JPM is unchanged");
            assertEquals(
                    0,
                    new java.math.BigDecimal("75")
                            .compareTo(staffEvent
                                    .get("fitByJobLevel")
                                    .get("ADMINISTRATOR")
                                    .decimalValue()),
                    "but the fit against the stricter ADMINISTRATOR standard changed, so a new version went out");
            assertTrue(
                    probe.seen().stream().noneMatch(r -> expert.toString().equals(r.key())),
                    "an outcome that did not change at all (every fit capped at 100) is not republished");
        } finally {
            activate(1); // later tests compute with the seeded framework again
        }
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/profiles/" + expert)
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .body("frameworkVersion", equalTo(1));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/profiles/" + administrator)
                .then()
                .statusCode(200)
                .body("revision", equalTo(3))
                .body("frameworkVersion", equalTo(1))
                .body("jpm", equalTo(100.0f));
    }

    private String activate(int version) {
        Response accepted = given().auth()
                .oauth2(TestTokens.forRoles("framework-owner", "admin"))
                .queryParam("reason", "Standar 2026 ditetapkan")
                .post("/api/v1/competency-frameworks/" + version + "/activate");
        accepted.then().statusCode(202).body("status", equalTo("QUEUED"));
        String location = accepted.header("Location");
        await().atMost(Duration.ofSeconds(90))
                .until(() -> "COMPLETED"
                        .equals(given().auth()
                                .oauth2(TestTokens.forRole("hr-officer"))
                                .get(location)
                                .path("status")));
        return location;
    }

    private ObjectNode activeAsRequest() throws Exception {
        String json = given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/competency-frameworks/active")
                .asString();
        ObjectNode node = (ObjectNode) mapper.readTree(json);
        for (String f : List.of("version", "status", "createdAt", "createdBy", "activatedAt")) {
            node.remove(f);
        }
        return node;
    }

    private void seed(UUID id, String jobLevel, String level) throws Exception {
        String nip = newNip();
        ParticipantSnapshot p = mapper.readValue(
                participant(id, 1, nip, "Peserta", jobLevel, "FRAMEWORK-TEST").json(), ParticipantSnapshot.class);
        ResultFinalizedPayload r = mapper.treeToValue(
                result(id, nip, UUID.randomUUID(), 1, jobLevel, "FRAMEWORK-TEST", level), ResultFinalizedPayload.class);
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.onParticipant(p, UUID.randomUUID().toString());
            profiles.onResult(r, UUID.randomUUID().toString());
        });
    }

    private JsonNode read(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
