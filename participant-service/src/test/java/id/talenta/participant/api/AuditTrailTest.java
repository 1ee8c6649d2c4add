package id.talenta.participant.api;

import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    static final String ADMIN = TestTokens.forRole("admin");

    private static io.restassured.response.ValidatableResponse audit(String entityType, String entityId) {
        return given().auth()
                .oauth2(ADMIN)
                .queryParam("entityType", entityType)
                .queryParam("entityId", entityId)
                .get("/api/v1/audit")
                .then()
                .statusCode(200);
    }

    @Test
    void registeringChangingAndDeactivatingAreAuditedWithActorChangedFieldsAndReason() {
        String unit = Fixtures.unit();
        String id = Fixtures.register(Fixtures.nip(), unit);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .header("X-Correlation-Id", "audit-test-patch")
                .body(Map.of("positionTitle", "Sekretaris Badan"))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.forRoles("siti.admin", "admin"))
                .header("If-Match", "\"2\"")
                .queryParam("reason", "Pensiun (BUP)")
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(200);

        // newest first
        audit("participant", id)
                .body("totalItems", equalTo(3))
                .body("items.action", contains("DEACTIVATE", "UPDATE", "CREATE"))
                .body("items[2].actor", equalTo("test-hr-officer"))
                .body("items[2].actorRoles", contains("hr-officer"))
                .body("items[2].before", nullValue())
                .body("items[2].after.unitCode", equalTo(unit))
                .body("items[1].actor", equalTo("test-hr-officer"))
                .body("items[1].changedFields", contains("positionTitle", "version"))
                .body("items[1].before.positionTitle", equalTo("Analis SDM"))
                .body("items[1].after.positionTitle", equalTo("Sekretaris Badan"))
                .body("items[1].after.fullName", nullValue())
                .body("items[1].correlationId", equalTo("audit-test-patch"))
                .body("items[0].actor", equalTo("siti.admin"))
                .body("items[0].changedFields", contains("deactivationReason", "status", "version"))
                .body("items[0].after.status", equalTo("INACTIVE"))
                .body("items[0].reason", equalTo("Pensiun (BUP)"));
    }

    @Test
    void aChangeThatChangesNothingIsNotAudited() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("positionTitle", "Analis SDM"))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(200);
        audit("participant", id).body("items.action", contains("CREATE"));
    }

    @Test
    void unitsImportJobsAndTheParticipantsAnImportChangesAreAudited() {
        String unit = Fixtures.unit();
        audit("unit", unit).body("items[0].action", equalTo("CREATE")).body("items[0].after.code", equalTo(unit));

        String nip = Fixtures.nip();
        String id = Fixtures.register(nip, unit);
        String fresh = Fixtures.nip();
        String csv = "nip,fullName,employmentType,rank,positionTitle,jobLevel,unitCode\n"
                + nip + ",Siti Rahmawati " + nip.substring(14) + ",PNS,III/c,Kepala Seksi,ADMINISTRATOR," + unit + "\n"
                + fresh + ",Budi Santoso,PNS,III/a,Staf,PELAKSANA," + unit + "\n";
        String location = given().auth()
                .oauth2(TestTokens.forRoles("importer", "integration"))
                .header("X-Correlation-Id", "audit-test-import")
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        Fixtures.awaitJob(location).body("created", equalTo(1)).body("updated", equalTo(1));
        String jobId = location.substring(location.lastIndexOf('/') + 1);

        audit("import-job", jobId)
                .body("items[0].action", equalTo("START"))
                .body("items[0].after.kind", equalTo("IMPORT"))
                .body("items[0].actor", equalTo("importer"))
                .body("items[0].after.mode", equalTo("UPSERT"));
        audit("participant", id)
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].actor", equalTo("importer"))
                .body("items[0].actorRoles", contains("integration"))
                .body("items[0].changedFields", contains("positionTitle", "version"))
                .body("items[0].before.positionTitle", equalTo("Analis SDM"))
                .body("items[0].after.positionTitle", equalTo("Kepala Seksi"))
                .body("items[0].correlationId", equalTo("audit-test-import"));
        String freshId = given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + fresh)
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        audit("participant", freshId)
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].before", nullValue())
                .body("items[0].after.fullName", equalTo("Budi Santoso"))
                .body("items[0].after.version", equalTo(1))
                .body("items[0].changedFields", hasItems("nip", "fullName", "retirementDate"));
    }

    @Test
    void theAuditTrailIsForAdminAndTalentCommitteeOnly() {
        given().auth().oauth2(HR).get("/api/v1/audit").then().statusCode(403);
        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items", notNullValue());
        given().auth()
                .oauth2(ADMIN)
                .queryParam("entityType", "participant")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items.entityType", hasItem("participant"));
    }
}
