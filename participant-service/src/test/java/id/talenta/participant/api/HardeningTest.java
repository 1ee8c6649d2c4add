package id.talenta.participant.api;

import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Hostile input in every filter and text field answers 4xx problem+json or a safe empty result, never 500. */
@QuarkusTest
class HardeningTest {

    static final List<String> HOSTILE = List.of(
            "' or 1=1 --",
            "%'; drop table participant; --",
            "x".repeat(10_000),
            "\\",
            "%",
            "_",
            "\u0000",
            "Robert'); DROP TABLE unit;--");

    private static void assertSafe(Response r, String what) {
        int status = r.statusCode();
        assertTrue(status < 500, what + " answered " + status);
        if (status >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " answered " + r.contentType());
            assertTrue(
                    !r.asString().contains("org.")
                            && !r.asString().toLowerCase().contains("select "),
                    what + " leaks internals: " + r.asString());
        } else {
            // a safe empty result: nothing matched, and nothing was dropped
            assertTrue(r.jsonPath().getInt("totalItems") == 0, what + " matched something");
        }
    }

    @Test
    void everySearchFilterRefusesOrSafelyIgnoresHostileStrings() {
        Fixtures.register(Fixtures.nip(), Fixtures.unit());
        for (String bad : HOSTILE) {
            for (String param :
                    List.of("q", "unitCode", "jobLevel", "employmentType", "status", "sort", "page", "size")) {
                assertSafe(
                        given().auth().oauth2(HR).queryParam(param, bad).get("/api/v1/participants"),
                        "participants?" + param + "=" + bad.substring(0, Math.min(20, bad.length())));
            }
            assertSafe(
                    given().auth().oauth2(HR).queryParam("parentCode", bad).get("/api/v1/units"), "units?parentCode");
            assertSafe(given().auth().oauth2(HR).queryParam("sort", bad).get("/api/v1/units"), "units?sort");
            for (String param : List.of("mode", "dryRun")) {
                assertSafe(
                        given().auth()
                                .oauth2(HR)
                                .contentType("text/csv")
                                .body("nip\n")
                                .queryParam(param, bad)
                                .post("/api/v1/participant-imports"),
                        "imports?" + param);
            }
        }
        // the tables are still there
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", not(equalTo(0)));
        given().auth().oauth2(HR).get("/api/v1/units").then().statusCode(200);
    }

    @Test
    void everyPathParameterRefusesHostileStringsWith404() {
        for (String bad : List.of("' or 1=1 --", "%27%20or%201%3D1%20--", "x".repeat(10_000))) {
            for (String path : List.of(
                    "/api/v1/participants/",
                    "/api/v1/participants/nip/",
                    "/api/v1/units/",
                    "/api/v1/participant-imports/",
                    "/api/v1/subject-access/")) {
                Response r = given().auth().oauth2(HR).urlEncodingEnabled(true).get(path + bad);
                assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " answered " + r.statusCode());
                assertTrue(
                        r.contentType().startsWith("application/problem+json"), path + " answered " + r.contentType());
            }
        }
    }

    @Test
    void everyTextFieldRefusesOverLongAndStoresInjectionStringsAsPlainText() {
        String unit = Fixtures.unit();
        String longText = "x".repeat(10_000);
        for (String field : List.of(
                "nip",
                "fullName",
                "frontTitle",
                "backTitle",
                "employmentType",
                "rank",
                "positionTitle",
                "jobLevel",
                "unitCode",
                "email",
                "phone")) {
            Map<String, Object> body = new HashMap<>(Fixtures.participant(Fixtures.nip(), unit));
            body.put(field, longText);
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .body(body)
                    .post("/api/v1/participants")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", containsString(field))
                    .body(not(containsString(longText)));
        }
        Map<String, Object> body = new HashMap<>(Fixtures.participant(Fixtures.nip(), unit));
        body.put("education", Map.of("level", longText));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/participants")
                .then()
                .statusCode(400);
        String id = Fixtures.register(Fixtures.nip(), unit);
        for (String field : List.of(
                "fullName",
                "positionTitle",
                "unitCode",
                "jobLevel",
                "rank",
                "email",
                "phone",
                "frontTitle",
                "backTitle",
                "employmentType")) {
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .header("If-Match", "\"1\"")
                    .body(Map.of(field, longText))
                    .patch("/api/v1/participants/" + id)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(HR)
                .header("If-Match", "\"1\"")
                .queryParam("reason", longText)
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        for (Map<String, Object> unitBody : List.of(
                Map.<String, Object>of("code", longText, "name", "x"),
                Map.<String, Object>of("code", "OK-CODE", "name", longText),
                Map.<String, Object>of("code", "OK-CODE-2", "name", "x", "parentCode", longText),
                Map.<String, Object>of("code", "' or 1=1 --", "name", "x"))) {
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .body(unitBody)
                    .post("/api/v1/units")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("nips", List.of(longText)))
                .post("/api/v1/national-sync")
                .then()
                .statusCode(400);

        // injection text is data, stored and returned verbatim
        String injected = "Robert'); DROP TABLE participant;--";
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("positionTitle", injected))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(200)
                .body("positionTitle", equalTo(injected));
        given().auth()
                .oauth2(HR)
                .queryParam("q", "' or 1=1 --")
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(HR)
                .queryParam("size", 1)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", not(equalTo(0)))
                .body("items.size()", lessThan(2));
    }

    @Test
    void unknownEnumValuesInQueryParametersAnswer400WithTheAllowedValues() {
        given().auth()
                .oauth2(HR)
                .queryParam("employmentType", "CONTRACTOR")
                .get("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("employmentType"))
                .body("errors[0].message", containsString("PNS or PPPK"));
        given().auth()
                .oauth2(HR)
                .queryParam("status", "RETIRED")
                .get("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("ACTIVE or INACTIVE"));
        given().auth()
                .oauth2(HR)
                .queryParam("jobLevel", "KING")
                .get("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("ADMINISTRATOR"))
                .body("errors[0].message", containsString("PELAKSANA"));
        given().auth()
                .oauth2(HR)
                .contentType("text/csv")
                .body("nip\n")
                .queryParam("mode", "MERGE")
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("UPSERT or CREATE_ONLY"));
        given().auth()
                .oauth2(HR)
                .queryParam("sort", "password,asc")
                .get("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }
}
