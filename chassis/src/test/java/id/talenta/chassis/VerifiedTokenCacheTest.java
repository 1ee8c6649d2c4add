package id.talenta.chassis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.security.VerifiedTokenCache;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifiedTokenCacheTest {

    @Inject
    VerifiedTokenCache cache;

    @Test
    void aTokenIsVerifiedOnceAndThenServedFromTheCache() {
        String token = TestTokens.forRoles("cache-user-" + System.nanoTime(), "hr-officer");
        long before = cache.size();
        for (int i = 0; i < 3; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/probe/whoami")
                    .then()
                    .statusCode(200)
                    .body(equalTo(tokenSubject(token)));
        }
        assertEquals(before + 1, cache.size(), "three requests with one token: one entry");
    }

    @Test
    void rejectedTokensAreNeverCached() throws Exception {
        String token = TestTokens.forRole("hr-officer");
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        long before = cache.size();
        given().auth().oauth2(tampered).get("/probe/whoami").then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.foreignSigned("hr-officer"))
                .get("/probe/whoami")
                .then()
                .statusCode(401);
        assertEquals(before, cache.size());
    }

    @Test
    void aCachedTokenIsRejectedOnceItExpires() throws Exception {
        String token = TestTokens.expiringIn("hr-officer", 2);
        given().auth().oauth2(token).get("/probe/whoami").then().statusCode(200);
        given().auth().oauth2(token).get("/probe/whoami").then().statusCode(200);
        Thread.sleep(4_500); // past exp (2 s) and the test profile's clock skew (1 s)
        given().auth().oauth2(token).get("/probe/whoami").then().statusCode(401);
    }

    private static String tokenSubject(String token) {
        String payload = new String(
                java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                java.nio.charset.StandardCharsets.UTF_8);
        return payload.replaceAll(".*\"upn\":\"([^\"]+)\".*", "$1");
    }
}
