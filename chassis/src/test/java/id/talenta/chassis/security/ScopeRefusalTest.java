package id.talenta.chassis.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A staff call needs an access scope the service can honour; it is refused before the operation runs. */
@QuarkusTest
class ScopeRefusalTest {

    static final String STAFF_ONLY = "/probe/whoami";

    @Test
    void aStaffTokenWithoutScopeIsRefusedWithAProblemNamingTheClaim() {
        given().auth()
                .oauth2(TestTokens.withoutScope("hr-officer"))
                .get(STAFF_ONLY)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403))
                .body("detail", containsString("no access scope"))
                .body("detail", containsString("accessScope"));
    }

    @Test
    void aScopeClaimThatIsNotAScopeIsRefused() {
        given().auth()
                .oauth2(TestTokens.scoped("hr-officer", "region:JATIM"))
                .get(STAFF_ONLY)
                .then()
                .statusCode(403)
                .body("detail", containsString("region:JATIM"));
    }

    @Test
    void aNarrowerScopeIsNotServedAsNationalByAnOperationThatCannotRestrictToIt() {
        given().auth()
                .oauth2(TestTokens.scoped("hr-officer", "agency:PROBOLINGGO"))
                .get(STAFF_ONLY)
                .then()
                .statusCode(403)
                .body("detail", containsString("agency:PROBOLINGGO"))
                .body("detail", containsString("national-scope staff tokens only"));
    }

    @Test
    void aNarrowerScopeReachesAnOperationThatHonoursIt() {
        given().auth()
                .oauth2(TestTokens.scoped("hr-officer", "agency:PROBOLINGGO", "unit:DINKES"))
                .get("/probe/scope")
                .then()
                .statusCode(200)
                .body(equalTo("agency:PROBOLINGGO unit:DINKES"));
    }

    @Test
    void aNationalScopeIsServed() {
        given().auth()
                .oauth2(TestTokens.scoped("hr-officer", "national"))
                .get(STAFF_ONLY)
                .then()
                .statusCode(200)
                .body(equalTo("test-hr-officer"));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get(STAFF_ONLY)
                .then()
                .statusCode(200);
    }

    @Test
    void anOperationWithoutRolesNeedsNoScope() {
        given().auth()
                .oauth2(TestTokens.withoutScope("hr-officer"))
                .get("/probe/conflict")
                .then()
                .statusCode(409);
    }
}
