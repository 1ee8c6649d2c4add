package id.talenta.chassis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A browser on an allowed origin may read the version, the location and the trace of a response. */
@QuarkusTest
class CorsTest {

    @Test
    void anAllowedOriginSeesTheHeadersBrowserCodeNeeds() {
        given().header("Origin", "http://localhost:3000")
                .get("/probe/conflict")
                .then()
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Location"))
                .header("Access-Control-Expose-Headers", containsString("X-Correlation-Id"));
    }
}
