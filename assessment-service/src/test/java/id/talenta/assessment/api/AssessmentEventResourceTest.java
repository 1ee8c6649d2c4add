package id.talenta.assessment.api;

import static id.talenta.assessment.Fixtures.EVENT;
import static id.talenta.assessment.Fixtures.as;
import static id.talenta.assessment.Fixtures.createEvent;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import id.talenta.assessment.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AssessmentEventResourceTest {

    static final String EVENTS = "/api/v1/assessment-events";

    @Test
    void shouldPlanAnEventWithItsMatrixGroupsAndTechnicalCompetency() {
        as("hr-officer")
                .body(EVENT)
                .post(EVENTS)
                .then()
                .statusCode(201)
                .header("Location", containsString(EVENTS + "/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("PLANNED"))
                .body("version", equalTo(0))
                .body("methods", contains("INTERVIEW", "GROUP_DISCUSSION"))
                .body(
                        "matrix.find { it.method == 'INTERVIEW' }.competencies",
                        contains("INTEGRITAS", "PENGELOLAAN_KEUANGAN"))
                .body("competencies.code", contains("INTEGRITAS", "KOMUNIKASI", "PENGELOLAAN_KEUANGAN"))
                .body("competencies.find { it.code == 'PENGELOLAAN_KEUANGAN' }.type", equalTo("TECHNICAL"))
                .body("competencies.find { it.code == 'KOMUNIKASI' }.name", equalTo("Komunikasi"))
                .body("groups.code", contains("ADM", "PLK"))
                .body("groups.find { it.code == 'ADM' }.jobLevels", contains("ADMINISTRATOR", "AHLI_MADYA"));
    }

    @Test
    void shouldReadBackThePlannedEvent() {
        String id = createEvent(EVENT);
        as("integration")
                .get(EVENTS + "/" + id)
                .then()
                .statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("title", equalTo("Asesmen Kompetensi Pemkab Probolinggo 2025"))
                .body("venue", equalTo("Auditorium Madakaripura"))
                .body("startDate", equalTo("2025-05-14"))
                .body("technicalCompetencies.code", contains("PENGELOLAAN_KEUANGAN"))
                .body(
                        "matrix.find { it.method == 'GROUP_DISCUSSION' }.competencies",
                        contains("INTEGRITAS", "KOMUNIKASI"));
    }

    @Test
    void shouldDefaultTheMatrixToTheNineStandardCompetenciesPerMethod() {
        as("hr-officer")
                .body("""
                {"title": "Asesmen", "organizer": "BKPSDM", "startDate": "2025-05-14", "methods": ["INTERVIEW"],
                 "groups": [{"code": "ALL", "name": "Semua", "jobLevels": ["PELAKSANA"], "capacity": 10}]}""")
                .post(EVENTS)
                .then()
                .statusCode(201)
                .body("matrix[0].competencies", hasSize(9))
                .body("competencies[0].code", equalTo("INTEGRITAS"))
                .body("competencies[8].code", equalTo("PEREKAT_BANGSA"));
    }

    @Test
    void shouldRejectUnknownMethodsCompetenciesAndJobLevelsField() {
        as("hr-officer")
                .body("""
                {"title": "Asesmen", "organizer": "BKPSDM", "startDate": "2025-05-14", "endDate": "2025-05-13",
                 "methods": ["INTERVIEW", "YOGA"],
                 "matrix": [{"method": "INTERVIEW", "competencies": ["INTEGRITAS", "MENARI"]}],
                 "technicalCompetencies": [{"code": "INTEGRITAS", "name": "dup"}],
                 "groups": [{"code": "ALL", "name": "Semua", "jobLevels": ["KEPALA_DESA"], "capacity": 10}]}""")
                .post(EVENTS)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        hasItems(
                                "endDate",
                                "methods[1]",
                                "matrix[0].competencies[1]",
                                "technicalCompetencies[0].code",
                                "groups[0].jobLevels[0]"));
    }

    @Test
    void shouldRejectMissingRequiredFieldsAndBadCapacity() {
        as("hr-officer")
                .body("""
                {"organizer": "BKPSDM", "startDate": "2025-05-14", "methods": [],
                 "groups": [{"code": "all", "name": "Semua", "jobLevels": ["PELAKSANA"], "capacity": 0}]}""")
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("title", "methods", "groups[0].code", "groups[0].capacity"));
    }

    @Test
    void shouldRejectAMatrixRowForAMethodTheEventDoesNotUse() {
        as("hr-officer")
                .body("""
                {"title": "Asesmen", "organizer": "BKPSDM", "startDate": "2025-05-14", "methods": ["INTERVIEW"],
                 "matrix": [{"method": "INTERVIEW", "competencies": ["INTEGRITAS"]},
                            {"method": "IN_TRAY", "competencies": ["INTEGRITAS"]}],
                 "groups": [{"code": "ALL", "name": "Semua", "jobLevels": ["PELAKSANA"], "capacity": 10}]}""")
                .post(EVENTS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("matrix[1].method"));
    }

    @Test
    void shouldRunThroughTheLifecycleAndRefuseIllegalTransitions() {
        String id = createEvent(EVENT);
        as("hr-officer")
                .post(EVENTS + "/" + id + "/complete")
                .then()
                .statusCode(409)
                .body("detail", containsString("PLANNED"));
        as("hr-officer")
                .post(EVENTS + "/" + id + "/start")
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("version", equalTo(1));
        as("hr-officer").post(EVENTS + "/" + id + "/start").then().statusCode(409);
        as("hr-officer")
                .post(EVENTS + "/" + id + "/complete")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"));
        as("hr-officer")
                .post(EVENTS + "/" + id + "/cancel")
                .then()
                .statusCode(409)
                .body("detail", containsString("COMPLETED"));
    }

    @Test
    void shouldCancelAPlannedEventAndKeepItCancelled() {
        String id = createEvent(EVENT);
        as("admin").post(EVENTS + "/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CANCELLED"));
        as("admin").post(EVENTS + "/" + id + "/start").then().statusCode(409);
    }

    @Test
    void shouldRefuseATransitionWithAStaleIfMatch() {
        String id = createEvent(EVENT);
        as("hr-officer")
                .header("If-Match", "\"7\"")
                .post(EVENTS + "/" + id + "/start")
                .then()
                .statusCode(412);
        as("hr-officer")
                .header("If-Match", "\"0\"")
                .post(EVENTS + "/" + id + "/start")
                .then()
                .statusCode(200);
    }

    @Test
    void shouldListEventsByStatusAndRejectAnUnknownStatus() {
        String id = createEvent(EVENT);
        as("hr-officer").post(EVENTS + "/" + id + "/cancel").then().statusCode(200);
        as("integration")
                .queryParam("status", "CANCELLED")
                .queryParam("size", 500)
                .get(EVENTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("CANCELLED")));
        as("integration")
                .queryParam("status", "DONE")
                .get(EVENTS)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void shouldAnswerNotFoundForUnknownAndMalformedIds() {
        as("hr-officer").get(EVENTS + "/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        as("hr-officer")
                .get(EVENTS + "/0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
                .then()
                .statusCode(404);
        as("hr-officer")
                .post(EVENTS + "/0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80/start")
                .then()
                .statusCode(404);
    }

    @Test
    void shouldLetOnlyHrOfficersAndAdminsPlanEvents() {
        as("assessor").body(EVENT).post(EVENTS).then().statusCode(403);
        as("integration").body(EVENT).post(EVENTS).then().statusCode(403);
        given().contentType(ContentType.JSON).body(EVENT).post(EVENTS).then().statusCode(401);
        as("admin").body(EVENT).post(EVENTS).then().statusCode(201);
    }

    @Test
    void shouldRegisterAssessorsAndRefuseADuplicateCertificate() {
        String body =
                "{\"name\": \"Dra. Sri Wahyuni\", \"certificateNumber\": \"ASR-%s\", \"institution\": \"BKD Sidoarjo\"}"
                        .formatted(java.util.UUID.randomUUID());
        String id = as("hr-officer")
                .body(body)
                .post("/api/v1/assessors")
                .then()
                .statusCode(201)
                .body("certificateNumber", startsWith("ASR-"))
                .extract()
                .path("id");
        as("hr-officer")
                .body(body)
                .post("/api/v1/assessors")
                .then()
                .statusCode(409)
                .body("detail", containsString("certificate number"));
        as("assessor").get("/api/v1/assessors/" + id).then().statusCode(200).body("name", equalTo("Dra. Sri Wahyuni"));
        as("assessor")
                .queryParam("q", "wahyuni")
                .queryParam("size", 500)
                .get("/api/v1/assessors")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void shouldAssignAssessorsOnceAndRefuseUnknownOnes() {
        String event = createEvent(EVENT);
        String lead = Fixtures.assessor("Ketua Tim");
        as("hr-officer")
                .body("{\"assessorId\": \"%s\", \"lead\": true}".formatted(lead))
                .post(EVENTS + "/" + event + "/assessors")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/assessors/" + lead))
                .body("lead", equalTo(true))
                .body("name", equalTo("Ketua Tim"));
        as("hr-officer")
                .body("{\"assessorId\": \"%s\"}".formatted(lead))
                .post(EVENTS + "/" + event + "/assessors")
                .then()
                .statusCode(409);
        as("hr-officer")
                .body("{\"assessorId\": \"0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80\"}")
                .post(EVENTS + "/" + event + "/assessors")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("assessorId"));
        as("assessor")
                .get(EVENTS + "/" + event + "/assessors")
                .then()
                .statusCode(200)
                .body("assessorId", contains(lead));
    }

    @Test
    void shouldDocumentEveryOperationInOpenApi() {
        given().queryParam("format", "json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/assessment-events/{id}/participants/{participantId}/result/finalize'.post.operationId",
                        equalTo("finalizeResult"))
                .body(
                        "paths.'/api/v1/assessment-events/{id}/enrollments'.post.responses.'422'.description",
                        equalTo("The event has no such group"))
                .body("paths.'/api/v1/assessors'.post.operationId", equalTo("createAssessor"));
    }
}
