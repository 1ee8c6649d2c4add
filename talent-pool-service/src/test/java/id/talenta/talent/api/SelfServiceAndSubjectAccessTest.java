package id.talenta.talent.api;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.OpenApiSecurityContract;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfServiceAndSubjectAccessTest {

    static final String HR = TestTokens.forRole("hr-officer");

    @Test
    void employeeReachesOnlyTheirOwnPlacementAndEverythingElseIsNotFoundOrForbidden() {
        String nip = newNip();
        UUID own = placed(nip, "PENGAWAS", "SELF", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        UUID other = placed(newNip(), "PENGAWAS", "SELF", "RENDAH", "BAIK", 2, Map.of());
        String position = keyPosition("Kepala Bidang SELF " + nip, "ADMINISTRATOR", "SELF");
        String me = TestTokens.employee(nip);

        given().auth()
                .oauth2(me)
                .get("/api/v1/talents/" + own)
                .then()
                .statusCode(200)
                .body("box", equalTo(9))
                .body("$", not(hasKey("readiness")));
        // Someone else's record, an unknown id and a malformed id all look the same: not found.
        for (String id : List.of(other.toString(), UUID.randomUUID().toString(), "not-a-uuid")) {
            given().auth()
                    .oauth2(me)
                    .get("/api/v1/talents/" + id)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json");
            given().auth().oauth2(me).get("/api/v1/subject-access/" + id).then().statusCode(404);
        }
        // An employee token without a nip claim owns nothing.
        given().auth()
                .oauth2(TestTokens.forRole("employee"))
                .get("/api/v1/talents/" + own)
                .then()
                .statusCode(404);
        // Staff views are not for employees (and would reveal candidacy).
        given().auth()
                .oauth2(me)
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(me)
                .get("/api/v1/performance-ratings/" + own)
                .then()
                .statusCode(403);
        given().auth().oauth2(me).get("/api/v1/readiness-changes").then().statusCode(403);
    }

    @Test
    void anEmployeeTokenAsTheIdentityProviderIssuesItSeesExactlyWhatAPlainOneSees() throws Exception {
        String nip = newNip();
        UUID own = placed(nip, "PENGAWAS", "IDP", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        String otherNip = newNip();
        UUID other = placed(otherNip, "PENGAWAS", "IDP", "RENDAH", "BAIK", 2, Map.of());
        keyPosition("Kepala Bidang IDP " + nip, "ADMINISTRATOR", "IDP");
        String provider = TestTokens.providerEmployee(nip);

        // Keycloak adds offline_access, uma_authorization and default-roles-talenta: still self-service
        given().auth().oauth2(provider).get("/api/v1/talents/" + other).then().statusCode(404);
        given().auth()
                .oauth2(provider)
                .get("/api/v1/subject-access/" + other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(provider)
                .get("/api/v1/talents/" + own)
                .then()
                .statusCode(200)
                .body("box", equalTo(9))
                .body("$", not(hasKey("readiness")));
        given().auth()
                .oauth2(provider)
                .get("/api/v1/subject-access/" + own)
                .then()
                .statusCode(200)
                .body("selfService", equalTo(true))
                .body("$", not(hasKey("candidacies")));

        // a committee member reads anyone's placement as a committee member, but a subject access export (not a
        // committee operation) only of themselves, with candidacy withheld
        String member = TestTokens.withProviderGroups(nip, "employee", "talent-committee");
        given().auth()
                .oauth2(member)
                .get("/api/v1/talents/" + other)
                .then()
                .statusCode(200)
                .body("box", equalTo(2));
        given().auth()
                .oauth2(member)
                .get("/api/v1/subject-access/" + other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(member)
                .get("/api/v1/subject-access/" + own)
                .then()
                .statusCode(200)
                .body("selfService", equalTo(true));

        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"), Map.of("participantId", other.toString()), nip));
        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"), Map.of("participantId", own.toString()), nip));
    }

    @Test
    void subjectAccessDocumentHoldsEverythingAboutThePersonAndWithholdsCandidacyFromSelfService() {
        String nip = newNip();
        UUID person = placed(nip, "PENGAWAS", "SAR", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        String position = keyPosition("Kepala Bidang SAR " + nip, "ADMINISTRATOR", "SAR");
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "SAR test"))
                .put("/api/v1/talents/" + person + "/calibration")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(HR)
                .get("/api/v1/subject-access/" + person)
                .then()
                .statusCode(200)
                .body("participantId", equalTo(person.toString()))
                .body("service", equalTo("talent-pool-service"))
                .body("selfService", equalTo(false))
                .body("participantReplica.nip", equalTo(nip))
                .body("participantReplica.jobLevel", equalTo("PENGAWAS"))
                .body("profileReplica.potentialCategory", equalTo("TINGGI"))
                .body("profileReplica.fitByJobLevel.ADMINISTRATOR", equalTo(95.0f))
                .body("performanceRatings[0].rating", equalTo("SANGAT_BAIK"))
                .body("placement.box", equalTo(8))
                .body("placement.computedBox", equalTo(9))
                .body("placementHistory.size()", equalTo(2))
                .body("boxCalibrations[0].reason", equalTo("SAR test"))
                .body("candidacies.keyPositionId", hasItem(position))
                .body("readinessHistory.keyPositionId", hasItem(position))
                .body("publishedEvents.eventType", hasItem("succession.readiness.changed"))
                .body("auditTrail.action", hasItem("CALIBRATE"))
                .body("withheld", equalTo(List.of()))
                .body("legalBasis", containsString("27/2022"));

        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get("/api/v1/subject-access/" + person)
                .then()
                .statusCode(200)
                .body("selfService", equalTo(true))
                .body("placement.box", equalTo(8))
                .body("performanceRatings[0].rating", equalTo("SANGAT_BAIK"))
                .body("$", not(hasKey("candidacies")))
                .body("$", not(hasKey("readinessHistory")))
                .body("withheld", equalTo(List.of("candidacies", "readinessHistory")))
                .body("note", containsString("not disclosed through self-service"))
                .body("publishedEvents.eventType", not(hasItem("succession.readiness.changed")))
                .body("auditTrail.entityType", not(hasItem("candidate")))
                .body("auditTrail.entityType", not(hasItem("readiness")))
                .body("auditTrail.entityType", not(hasItem("nomination")))
                .body("auditTrail.entityId.findAll { it.contains('" + position + "') }", equalTo(List.of()));

        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/subject-access/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/subject-access/" + person)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=subject-access&entityId=" + person)
                .then()
                .body("items.action", hasItem("EXPORT"))
                .body("items.find { it.after.selfService == true }.actor", notNullValue());
    }
}
