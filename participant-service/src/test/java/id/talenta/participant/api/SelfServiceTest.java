package id.talenta.participant.api;

import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.OpenApiSecurityContract;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SelfServiceTest {

    @Test
    void anEmployeeReadsTheirOwnRecordAndGets404ForAnyoneElsesAsForAnUnknownOne() {
        String unit = Fixtures.unit();
        String mine = Fixtures.nip();
        String myId = Fixtures.register(mine, unit);
        String theirs = Fixtures.nip();
        String theirId = Fixtures.register(theirs, unit);
        String me = TestTokens.employee(mine);

        given().auth()
                .oauth2(me)
                .get("/api/v1/participants/" + myId)
                .then()
                .statusCode(200)
                .body("nip", equalTo(mine));
        given().auth()
                .oauth2(me)
                .get("/api/v1/participants/nip/" + mine)
                .then()
                .statusCode(200)
                .body("id", equalTo(myId));
        given().auth().oauth2(me).get("/api/v1/subject-access/" + myId).then().statusCode(200);

        // someone else's record looks exactly like a record that does not exist
        String unknownId = java.util.UUID.randomUUID().toString();
        for (String path : new String[] {
            "/api/v1/participants/" + theirId,
            "/api/v1/participants/nip/" + theirs,
            "/api/v1/subject-access/" + theirId,
            "/api/v1/participants/" + theirId + "/export"
        }) {
            given().auth().oauth2(me).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().auth()
                .oauth2(me)
                .get("/api/v1/participants/" + unknownId)
                .then()
                .statusCode(404);

        // a search returns at most their own record, whatever the filters
        given().auth()
                .oauth2(me)
                .queryParam("unitCode", unit)
                .queryParam("size", 100)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("items.nip", contains(mine))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(me)
                .queryParam("q", theirs)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anEmployeeTokenAsTheIdentityProviderIssuesItSeesExactlyWhatAPlainOneSees() throws Exception {
        String unit = Fixtures.unit();
        String mine = Fixtures.nip();
        String myId = Fixtures.register(mine, unit);
        String theirs = Fixtures.nip();
        String theirId = Fixtures.register(theirs, unit);
        String provider = TestTokens.providerEmployee(mine);

        // Keycloak adds offline_access, uma_authorization and default-roles-talenta to the groups: still only self
        given().auth()
                .oauth2(provider)
                .get("/api/v1/participants/" + theirId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(provider)
                .get("/api/v1/participants/nip/" + theirs)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(provider)
                .get("/api/v1/subject-access/" + theirId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(provider)
                .queryParam("unitCode", unit)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("items.nip", contains(mine))
                .body("totalItems", equalTo(1));
        given().auth()
                .oauth2(provider)
                .get("/api/v1/participants/" + myId)
                .then()
                .statusCode(200)
                .body("nip", equalTo(mine));
        // a staff role the operation does not admit does not widen it either (an assessor who is also an employee)
        given().auth()
                .oauth2(TestTokens.withProviderGroups(mine, "employee", "assessor"))
                .get("/api/v1/participants/" + theirId)
                .then()
                .statusCode(404);

        // every operation open to employees, for someone else's record and for their own
        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"),
                        Map.of("id", theirId, "participantId", theirId, "nip", theirs),
                        mine));
        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"), Map.of("id", myId, "participantId", myId, "nip", mine), mine));
    }

    @Test
    void staffRolesTheOperationAdmitsStillSeeEveryone() {
        String unit = Fixtures.unit();
        String theirs = Fixtures.nip();
        String theirId = Fixtures.register(theirs, unit);
        // an HR officer who is also an employee reads anyone, as an HR officer
        given().auth()
                .oauth2(TestTokens.withProviderGroups(Fixtures.nip(), "employee", "hr-officer"))
                .get("/api/v1/participants/" + theirId)
                .then()
                .statusCode(200)
                .body("nip", equalTo(theirs));
    }

    @Test
    void anEmployeeTokenWithoutANipClaimSeesNothing() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        String noNip = TestTokens.forRoles("employee-without-nip", "employee");
        given().auth().oauth2(noNip).get("/api/v1/participants/" + id).then().statusCode(404);
        given().auth()
                .oauth2(noNip)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void anEmployeeCannotChangeDeactivateOrReadHistoryEvenTheirOwn() {
        String nip = Fixtures.nip();
        String id = Fixtures.register(nip, Fixtures.unit());
        String me = TestTokens.employee(nip);
        given().auth()
                .oauth2(me)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("positionTitle", "Kepala"))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(me)
                .header("If-Match", "\"1\"")
                .queryParam("reason", "x")
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(me)
                .get("/api/v1/participants/" + id + "/history")
                .then()
                .statusCode(403);
        given().auth().oauth2(HR).get("/api/v1/participants/" + id).then().body("positionTitle", equalTo("Analis SDM"));
    }
}
