package id.talenta.assessment.api;

import static id.talenta.assessment.Fixtures.as;
import static id.talenta.assessment.Fixtures.asAssessor;
import static id.talenta.assessment.Fixtures.ratingPath;
import static id.talenta.assessment.Fixtures.resultPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.assessment.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SQL-injection strings and 10,000-character strings in every query filter and free-text field come back as a
 * 4xx problem+json or a safe (literal or empty) result, never a 500.
 */
@QuarkusTest
class HardeningTest {

    static final String EVENTS = "/api/v1/assessment-events";
    static final String LONG = "x".repeat(10_000);
    static final List<String> INJECTIONS = List.of("' or 1=1 --", "%'; drop table x; --");
    static final List<String> EVIL = List.of("' or 1=1 --", "%'; drop table x; --", LONG);
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void consumerIsLive() {
        Fixtures.awaitConsumerLive(db);
    }

    static void assertSafe(Response r, String what) {
        assertTrue(r.statusCode() < 500, what + " answered " + r.statusCode() + ": " + r.asString());
        if (r.statusCode() >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " answered " + r.contentType());
        }
    }

    static String json(Object o) throws Exception {
        return JSON.writeValueAsString(o);
    }

    @Test
    void queryFiltersAnswer400OrASafeEmptyPage() {
        String event = Fixtures.createEvent(Fixtures.EVENT);
        for (String evil : EVIL) {
            as("integration")
                    .queryParam("status", evil)
                    .get(EVENTS)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("status"));
            as("integration")
                    .queryParam("sort", evil)
                    .get(EVENTS)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("sort"));
            as("integration")
                    .queryParam("groupCode", evil)
                    .get(EVENTS + "/" + event + "/enrollments")
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("groupCode"));
            Response assessors = as("integration").queryParam("q", evil).get("/api/v1/assessors");
            assertSafe(assessors, "assessors?q=" + evil.substring(0, Math.min(20, evil.length())));
            if (assessors.statusCode() == 200) {
                // Matched literally: only assessors whose name contains the very string (none, unless a test made one).
                List<String> names = assessors.path("items.name");
                assertTrue(
                        names.stream().allMatch(n -> n.toLowerCase().contains(evil.toLowerCase())), names.toString());
            }
        }
        as("integration")
                .queryParam("q", LONG)
                .get("/api/v1/assessors")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
        as("integration")
                .queryParam("status", "DONE")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("detail", containsString("PLANNED, IN_PROGRESS, COMPLETED, CANCELLED"));
    }

    @Test
    void aSearchForLikeWildcardsMatchesThemLiterally() {
        String name = "Wildcard_%" + UUID.randomUUID();
        as("hr-officer")
                .body("{\"name\": \"%s\"}".formatted(name))
                .post("/api/v1/assessors")
                .then()
                .statusCode(201);
        as("integration")
                .queryParam("q", "%")
                .queryParam("size", 500)
                .get("/api/v1/assessors")
                .then()
                .statusCode(200)
                .body("items.name", org.hamcrest.Matchers.everyItem(containsString("%")));
        as("integration")
                .queryParam("q", name.substring(8))
                .get("/api/v1/assessors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void freeTextFieldsOfPlansAndAssessorsAreStoredLiterallyOrRefusedWhenTooLong() throws Exception {
        for (String evil : EVIL) {
            for (String field : List.of("title", "organizer", "venue", "assessorInstitution")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> plan = JSON.readValue(Fixtures.EVENT, Map.class);
                plan.put(field, evil);
                Response r = as("hr-officer").body(json(plan)).post(EVENTS);
                assertSafe(r, "event " + field);
                if (evil == LONG) {
                    assertEquals(400, r.statusCode(), field);
                    assertEquals(field, r.path("errors[0].field"));
                } else {
                    assertEquals(201, r.statusCode(), field);
                    assertEquals(evil, r.path(field));
                }
            }
            String groups = "[{\"code\": %s, \"name\": %s, \"jobLevels\": [%s], \"capacity\": 5}]";
            for (String group : List.of(
                    groups.formatted(json(evil), "\"n\"", "\"PELAKSANA\""),
                    groups.formatted("\"G1\"", json(evil), "\"PELAKSANA\""),
                    groups.formatted("\"G1\"", "\"n\"", json(evil)))) {
                assertSafe(as("hr-officer").body("""
                        {"title": "t", "organizer": "o", "startDate": "2025-05-14", "methods": ["INTERVIEW"], "groups": %s}""".formatted(group)).post(EVENTS), "group " + group.substring(0, 30));
            }
            assertSafe(as("hr-officer").body("""
                    {"title": "t", "organizer": "o", "startDate": "2025-05-14", "methods": [%s],
                     "groups": [{"code": "G", "name": "n", "jobLevels": ["PELAKSANA"], "capacity": 5}]}""".formatted(json(evil))).post(EVENTS), "methods");
            assertSafe(
                    as("hr-officer").body("""
                    {"title": "t", "organizer": "o", "startDate": "2025-05-14", "methods": ["INTERVIEW"],
                     "technicalCompetencies": [{"code": "TEKNIS_X", "name": %s}],
                     "matrix": [{"method": "INTERVIEW", "competencies": [%s, "TEKNIS_X"]}],
                     "groups": [{"code": "G", "name": "n", "jobLevels": ["PELAKSANA"], "capacity": 5}]}""".formatted(json(evil), json(evil))).post(EVENTS), "matrix");
            for (String field : List.of("name", "certificateNumber", "institution")) {
                Map<String, Object> assessor = new java.util.HashMap<>(
                        Map.of("name", "Asesor", "certificateNumber", "ASR-" + UUID.randomUUID()));
                assessor.put(
                        field, field.equals("certificateNumber") && evil != LONG ? evil + UUID.randomUUID() : evil);
                Response r = as("hr-officer").body(json(assessor)).post("/api/v1/assessors");
                assertSafe(r, "assessor " + field);
                assertEquals(evil == LONG ? 400 : 201, r.statusCode(), field);
            }
        }
    }

    @Test
    void freeTextFieldsOfEnrollmentRatingsAndResultsAreStoredLiterallyOrRefused() throws Exception {
        String event = Fixtures.startedEvent();
        String lead = Fixtures.assignedAssessor(event, true);
        UUID person = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(event, "ADM", person);
        for (String evil : EVIL) {
            assertSafe(
                    as("hr-officer")
                            .body("{\"groupCode\": %s, \"nips\": [\"196608011988031001\"]}".formatted(json(evil)))
                            .post(EVENTS + "/" + event + "/enrollments"),
                    "groupCode");
            assertSafe(
                    as("hr-officer")
                            .body("{\"groupCode\": \"ADM\", \"nips\": [%s]}".formatted(json(evil)))
                            .post(EVENTS + "/" + event + "/enrollments"),
                    "nips");
            Response evidence = asAssessor(lead)
                    .body("{\"assessorId\": \"%s\", \"ratings\": [{\"competency\": \"INTEGRITAS\", ".formatted(lead)
                            + "\"level\": 3, \"evidence\": %s}]}".formatted(json(evil)))
                    .put(ratingPath(event, person, "INTERVIEW"));
            assertSafe(evidence, "evidence");
            assertEquals(evil == LONG ? 400 : 200, evidence.statusCode());
            if (evil != LONG) {
                assertEquals(evil, evidence.path("ratings[0].evidence"));
            }
            assertSafe(
                    asAssessor(lead)
                            .body("{\"assessorId\": \"%s\", \"ratings\": [{\"competency\": %s, \"level\": 3}]}"
                                    .formatted(lead, json(evil)))
                            .put(ratingPath(event, person, "INTERVIEW")),
                    "competency");
            assertSafe(
                    asAssessor(lead)
                            .body("{\"assessorId\": \"%s\", \"aspects\": [{\"aspect\": %s, \"score\": 3}]}"
                                    .formatted(lead, json(evil)))
                            .put(resultPath(event, person).replace("/result", "/potential")),
                    "aspect");
            assertSafe(
                    asAssessor(lead)
                            .body("{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": %s, \"level\": 3, "
                                            .formatted(lead, json(evil))
                                    + "\"reason\": %s}]}".formatted(json(evil)))
                            .post(resultPath(event, person) + "/finalize"),
                    "override");
        }
        for (String evil : INJECTIONS) {
            assertSafe(
                    asAssessor(lead)
                            .body(Fixtures.ratingsJson(lead, List.<String[]>of(new String[] {"INTEGRITAS", "3"})))
                            .put(ratingPath(
                                    event,
                                    person,
                                    java.net.URLEncoder.encode(evil, java.nio.charset.StandardCharsets.UTF_8))),
                    "method path");
        }
        Fixtures.rateAll(event, person, lead, "3", "3", "3", "3");
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": \"INTEGRITAS\", \"level\": 3, "
                                .formatted(lead)
                        + "\"reason\": %s}]}".formatted(json(LONG)))
                .post(resultPath(event, person) + "/finalize")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": \"INTEGRITAS\", \"level\": 3, "
                                .formatted(lead)
                        + "\"reason\": %s}]}".formatted(json(INJECTIONS.get(1))))
                .post(resultPath(event, person) + "/finalize")
                .then()
                .statusCode(200)
                .body("competencies.find { it.code == 'INTEGRITAS' }.overrideReason", equalTo(INJECTIONS.get(1)));
        for (String evil : EVIL) {
            Response revision = asAssessor(lead)
                    .body("{\"finalizedBy\": \"%s\", \"reason\": %s, \"overrides\": [{\"competency\": "
                                    .formatted(lead, json(evil))
                            + "\"INTEGRITAS\", \"level\": 4, \"reason\": \"ok\"}]}")
                    .post(resultPath(event, person) + "/revisions");
            assertSafe(revision, "revision reason");
            assertEquals(evil == LONG ? 400 : 200, revision.statusCode());
        }
    }
}
