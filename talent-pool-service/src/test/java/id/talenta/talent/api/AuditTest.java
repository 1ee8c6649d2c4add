package id.talenta.talent.api;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTest {

    static final String HR = TestTokens.forRole("hr-officer");

    @Test
    void calibrationIsAuditedWithTheCommitteeMemberTheChangedFieldsAndTheReason() {
        UUID id = placed(newNip(), "PENGAWAS", "AUD", "MENENGAH", "BAIK", 5, Map.of());
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .header("X-Correlation-Id", "audit-corr-1")
                .body(Map.of("box", 7, "reason", "Committee 2025-07: regional award"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200);

        String calibration = "items.find { it.action == 'CALIBRATE' }";
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/audit?entityType=placement&entityId=" + id)
                .then()
                .statusCode(200)
                .body(calibration + ".actor", equalTo("test-talent-committee"))
                .body(calibration + ".actorRoles", hasItem("talent-committee"))
                .body(calibration + ".reason", equalTo("Committee 2025-07: regional award"))
                .body(calibration + ".correlationId", equalTo("audit-corr-1"))
                .body(calibration + ".changedFields", containsInAnyOrder("calibratedBox"))
                .body(calibration + ".before.calibratedBox", equalTo(null))
                .body(calibration + ".after.calibratedBox", equalTo(7))
                // The re-evaluation it caused is audited too: box 5 -> 7, into the pool.
                .body("items.find { it.action == 'PLACE' && it.after.box == 7 }.before.box", equalTo(5))
                .body(
                        "items.find { it.action == 'PLACE' && it.after.box == 7 }.changedFields",
                        hasItems("box", "inTalentPool", "revision"))
                // The first placement came from the profile event: the actor is the service itself.
                .body(
                        "items.find { it.action == 'PLACE' && it.before == null }.actor",
                        equalTo("system:talent-pool-service"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=performance-rating&entityId=" + id + "/2024")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("RATE"))
                .body("items[0].before", equalTo(null))
                .body("items[0].actor", equalTo("test-hr-officer"))
                .body("items[0].after.rating", equalTo("BAIK"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=profile-replica&entityId=" + id)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("REPLICATE"))
                .body("items[0].after.potentialCategory", equalTo("MENENGAH"));
        given().auth().oauth2(HR).get("/api/v1/audit?entityId=" + id).then().statusCode(403);
    }

    @Test
    void keyPositionChangesAndNominationsAreAudited() {
        String position = keyPosition("Sekretaris AUD2", "ADMINISTRATOR", "AUD2");
        String etag = given().auth()
                .oauth2(HR)
                .get("/api/v1/key-positions/" + position)
                .header("ETag");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(Map.of("criticality", "LOW"))
                .patch("/api/v1/key-positions/" + position)
                .then()
                .statusCode(200);
        UUID person = registered(newNip(), "PENGAWAS", "AUD2", FAR_RETIREMENT);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("participantId", person.toString(), "reason", "Acting head since March"))
                .post("/api/v1/key-positions/" + position + "/nominations")
                .then()
                .statusCode(201);

        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=key-position&entityId=" + position)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("CREATE", "UPDATE"))
                .body("items.find { it.action == 'UPDATE' }.changedFields", hasItems("criticality", "version"))
                .body("items.find { it.action == 'UPDATE' }.before.criticality", equalTo("HIGH"))
                .body("items.find { it.action == 'UPDATE' }.actor", equalTo("test-hr-officer"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=nomination&entityId=" + position + "/" + person)
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'NOMINATE' }.reason", equalTo("Acting head since March"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=readiness&entityId=" + position + "/" + person)
                .then()
                .statusCode(200)
                .body("items.find { it.action == 'COMPUTE' }.after.readiness", notNullValue());
    }
}
