package id.talenta.assessment.api;

import static id.talenta.assessment.Fixtures.as;
import static id.talenta.assessment.Fixtures.asAssessor;
import static id.talenta.assessment.Fixtures.assessorToken;
import static id.talenta.assessment.Fixtures.ratingPath;
import static id.talenta.assessment.Fixtures.ratingsJson;
import static id.talenta.assessment.Fixtures.resultPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.talenta.assessment.Fixtures;
import id.talenta.chassis.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An assessor token acts only as its own assessor record; an admin may act for any (audited). */
@QuarkusTest
class AssessorIdentityTest {

    @Inject
    AgroalDataSource db;

    String event;
    String lead;
    String member;
    UUID person;

    @BeforeEach
    void world() {
        Fixtures.awaitConsumerLive(db);
        event = Fixtures.startedEvent();
        lead = Fixtures.assignedAssessor(event, true);
        member = Fixtures.assignedAssessor(event, false);
        person = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(event, "ADM", person);
    }

    String rating(String assessorId) {
        return ratingsJson(assessorId, List.<String[]>of(new String[] {"INTEGRITAS", "3"}));
    }

    @Test
    void anAssessorCannotRateOrFinalizeAsAnotherAssessor() {
        asAssessor(member)
                .body(rating(lead))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("assessorId must be your own assessor id"));
        asAssessor(member)
                .body(potential(lead))
                .put(resultPath(event, person).replace("/result", "/potential"))
                .then()
                .statusCode(403);
        Fixtures.rateAll(event, person, lead, "3", "3", "3", "3");
        asAssessor(member)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(resultPath(event, person) + "/finalize")
                .then()
                .statusCode(403)
                .body("detail", containsString("finalizedBy must be your own assessor id"));
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(resultPath(event, person) + "/finalize")
                .then()
                .statusCode(200);
        asAssessor(member)
                .body(("{\"finalizedBy\": \"%s\", \"reason\": \"x\", \"overrides\": [{\"competency\": "
                                + "\"INTEGRITAS\", \"level\": 4, \"reason\": \"y\"}]}")
                        .formatted(lead))
                .post(resultPath(event, person) + "/revisions")
                .then()
                .statusCode(403);
    }

    @Test
    void aTokenWithoutClaimWhoseSubjectIsNoCertificateNumberIsRefused() {
        // The demo's dev tokens: sub "demo-assessor", no assessorId claim.
        given().auth()
                .oauth2(TestTokens.forRoles("demo-assessor", "assessor"))
                .contentType(ContentType.JSON)
                .body(rating(member))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(403)
                .body("detail", containsString("not linked to an assessor"));
        given().auth()
                .oauth2(assessorToken("x", "not-a-uuid", "assessor"))
                .contentType(ContentType.JSON)
                .body(rating(member))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(403)
                .body("detail", containsString("claim is not an assessor id"));
    }

    @Test
    void withoutTheClaimTheSubjectMayBeTheAssessorsCertificateNumber() {
        String certificate = "ASR-" + UUID.randomUUID();
        String certified = as("hr-officer")
                .body("{\"name\": \"Drs. Bambang\", \"certificateNumber\": \"%s\"}".formatted(certificate))
                .post("/api/v1/assessors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as("hr-officer")
                .body("{\"assessorId\": \"%s\"}".formatted(certified))
                .post("/api/v1/assessment-events/" + event + "/assessors")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(TestTokens.forRoles(certificate, "assessor"))
                .contentType(ContentType.JSON)
                .body(rating(certified))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200)
                .body("assessorId", equalTo(certified));
        given().auth()
                .oauth2(TestTokens.forRoles(certificate, "assessor"))
                .contentType(ContentType.JSON)
                .body(rating(member))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(403);
    }

    @Test
    void anAdminMayActForAnyAssessorAndTheAuditTrailSaysSo() {
        given().auth()
                .oauth2(TestTokens.forRoles("admin-budi", "admin"))
                .contentType(ContentType.JSON)
                .body(rating(member))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .queryParam("entityType", "rating")
                .queryParam("entityId", event + "/" + person + "/INTERVIEW/" + member)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].actor", equalTo("admin-budi"))
                .body("items[0].after.actedOnBehalfOfAssessor", equalTo(member));
    }

    static String potential(String assessor) {
        return AssessmentFlowTest.potentialJson(assessor);
    }
}
