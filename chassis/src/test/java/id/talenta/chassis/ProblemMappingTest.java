package id.talenta.chassis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemMappingTest {

    @Test
    void validationFailureListsEveryInvalidField() {
        given().contentType("application/json")
                .body("{\"name\":\"\",\"kind\":\"ALPHA\",\"items\":[{\"code\":\"A\",\"level\":7}]}")
                .post("/probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("items[0].level"))
                .body("correlationId", notNullValue());
    }

    @Test
    void malformedJsonIsA400() {
        given().contentType("application/json")
                .body("{\"name\": ")
                .post("/probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void wrongTypeNamesTheFieldAndTheAllowedValues() {
        given().contentType("application/json")
                .body("{\"name\":\"x\",\"kind\":\"GAMMA\"}")
                .post("/probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("kind"))
                .body("errors[0].message", containsString("ALPHA, BETA"));
    }

    @Test
    void wrongMediaTypeIsA415() {
        given().contentType("text/plain")
                .body("hello")
                .post("/probe")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void oversizeJsonBodyIsA413() {
        String big = "{\"name\":\"" + "x".repeat(5000) + "\",\"kind\":\"ALPHA\"}";
        given().contentType("application/json")
                .body(big)
                .post("/probe")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void conflictIsA409() {
        given().get("/probe/conflict")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("already there"));
    }

    @Test
    void unknownPathIsA404Problem() {
        given().get("/nothing/here").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unexpectedFailureIsA500WithoutInternals() {
        given().header("X-Correlation-Id", "abc-123")
                .get("/probe/boom")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .header("X-Correlation-Id", "abc-123")
                .body("detail", containsString("abc-123"))
                .body("detail", not(containsString("select")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void staleIfMatchIsA412() {
        given().contentType("application/json")
                .header("If-Match", "\"2\"")
                .body("{\"name\":\"x\",\"kind\":\"ALPHA\"}")
                .put("/probe/versioned")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().contentType("application/json")
                .header("If-Match", "\"3\"")
                .body("{\"name\":\"x\",\"kind\":\"ALPHA\"}")
                .put("/probe/versioned")
                .then()
                .statusCode(200);
    }

    @Test
    void pageSizeAboveTheLimitIsA400() {
        given().get("/probe/page?size=501").then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().get("/probe/page?sort=password,asc").then().statusCode(400).body("errors[0].field", equalTo("sort"));
        given().get("/probe/page?page=2&size=10&sort=name,desc")
                .then()
                .statusCode(200)
                .body("page", equalTo(2))
                .body("ascending", equalTo(false));
    }
}
