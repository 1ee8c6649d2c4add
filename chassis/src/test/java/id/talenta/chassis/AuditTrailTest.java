package id.talenta.chassis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.talenta.chassis.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditTrailTest {

    @Inject
    EntityManager em;

    @Test
    void stateChangeIsAuditedWithActorChangedFieldsReasonAndCorrelationId() {
        String id = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.forRoles("officer-7", "hr-officer"))
                .header("X-Correlation-Id", "corr-42")
                .contentType("application/json")
                .post("/probe/audited/" + id + "?reason=typo")
                .then()
                .statusCode(200);

        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .get("/api/v1/audit?entityType=probe&entityId=" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actor", equalTo("officer-7"))
                .body("items[0].actorRoles", contains("hr-officer"))
                .body("items[0].action", equalTo("UPDATE"))
                .body("items[0].changedFields", contains("name"))
                .body("items[0].before.name", equalTo("old"))
                .body("items[0].after.name", equalTo("new"))
                .body("items[0].after.kept", nullValue())
                .body("items[0].reason", equalTo("typo"))
                .body("items[0].correlationId", equalTo("corr-42"));
    }

    @Test
    void auditTrailIsReadableOnlyByAdminAndCommittee() {
        given().get("/api/v1/audit").then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/audit")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/audit")
                .then()
                .statusCode(200);
    }

    @Test
    void invalidFiltersAreRejectedOrSafelyEmpty() {
        String admin = TestTokens.forRole("admin");
        given().auth()
                .oauth2(admin)
                .get("/api/v1/audit?from=yesterday")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/audit?entityId=' or 1=1 --")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(admin)
                .get("/api/v1/audit?actor=" + "x".repeat(300))
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(admin)
                .get("/api/v1/audit?action=RENAME")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("action"));
    }

    @Test
    void auditTrailIsFilteredByTheOneActionVocabulary() {
        String id = UUID.randomUUID().toString();
        given().auth()
                .oauth2(TestTokens.forRoles("officer-8", "hr-officer"))
                .contentType("application/json")
                .post("/probe/audited/" + id)
                .then()
                .statusCode(200);
        String committee = TestTokens.forRole("talent-committee");
        given().auth()
                .oauth2(committee)
                .get("/api/v1/audit?action=UPDATE&entityId=" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].entityId", equalTo(id));
        given().auth()
                .oauth2(committee)
                .get("/api/v1/audit?action=CREATE&entityId=" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void tokenSignedWithAnUntrustedKeyIsA401() throws Exception {
        given().auth()
                .oauth2(TestTokens.foreignSigned("admin"))
                .get("/api/v1/audit")
                .then()
                .statusCode(401);
    }

    @Test
    void auditLogIsAppendOnly() {
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .contentType("application/json")
                .post("/probe/audited/x")
                .then()
                .statusCode(200);
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("update audit_log set actor = 'someone else'")
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("delete from audit_log").executeUpdate()));
    }
}
