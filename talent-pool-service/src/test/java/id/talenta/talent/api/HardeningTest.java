package id.talenta.talent.api;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Injection strings and over-long values in every filter and text field: a 4xx problem or a safe empty result. */
@QuarkusTest
class HardeningTest {

    static final String HR = TestTokens.forRole("hr-officer");
    static final String LONG = "x".repeat(10_000);
    static final List<String> HOSTILE = List.of("' or 1=1 --", "%'; drop table x; --", LONG);

    static final List<String> FILTERED_LISTS = List.of(
            "/api/v1/nine-box",
            "/api/v1/nine-box/9/members",
            "/api/v1/talent-pool",
            "/api/v1/key-positions",
            "/api/v1/bench-strength",
            "/api/v1/readiness-changes");
    static final List<String> PARAMS =
            List.of("unitCode", "jobLevel", "page", "size", "sort", "since", "limit", "withoutReadyNow");

    static void assertSafe(Response r, String what) {
        int status = r.statusCode();
        assertTrue(status >= 200 && status < 300 || status >= 400 && status < 500, what + " answered " + status);
        if (status >= 400) {
            assertTrue(r.contentType().startsWith("application/problem+json"), what + " answered " + r.contentType());
            assertTrue(
                    !r.asString().contains("SQL") && !r.asString().contains("Exception"), what + ": " + r.asString());
        }
    }

    @Test
    void hostileQueryParametersAreRejectedOrMatchNothing() {
        List<String> failures = new ArrayList<>();
        for (String path : FILTERED_LISTS) {
            for (String param : PARAMS) {
                for (String value : HOSTILE) {
                    Response r =
                            given().auth().oauth2(HR).queryParam(param, value).get(path);
                    try {
                        assertSafe(r, path + "?" + param + "=" + value.substring(0, Math.min(20, value.length())));
                    } catch (AssertionError e) {
                        failures.add(e.getMessage());
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // Injection in a free-text filter is just a unit code nobody has.
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", "' or 1=1 --")
                .get("/api/v1/talent-pool")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", LONG)
                .get("/api/v1/key-positions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        given().auth()
                .oauth2(HR)
                .queryParam("page", "' or 1=1 --")
                .get("/api/v1/talent-pool")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
    }

    @Test
    void unknownEnumValuesInQueryParametersAre400WithTheAllowedValues() {
        given().auth()
                .oauth2(HR)
                .get("/api/v1/talent-pool?jobLevel=GENERAL")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jobLevel"))
                .body("errors[0].message", containsString("JPT_PRATAMA"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/bench-strength?withoutReadyNow=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("true or false"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/key-positions?sort=nip,sideways")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void hostileAndOverLongTextFieldsAreRejectedOrStoredVerbatim() {
        UUID person = placed(newNip(), "PENGAWAS", "HARD", "TINGGI", "SANGAT_BAIK", 9, Map.of("ADMINISTRATOR", 95.0));
        String position = keyPosition("Kepala HARD", "ADMINISTRATOR", "HARD");
        String committee = committee();
        List<String[]> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            List<Object[]> calls = List.of(
                    new Object[] {
                        HR,
                        "POST",
                        "/api/v1/key-positions",
                        Map.of("title", value, "jobLevel", "PENGAWAS", "unitCode", "HARD")
                    },
                    new Object[] {
                        HR, "POST", "/api/v1/key-positions", Map.of("title", "t", "jobLevel", value, "unitCode", "HARD")
                    },
                    new Object[] {
                        HR,
                        "POST",
                        "/api/v1/key-positions",
                        Map.of("title", "t", "jobLevel", "PENGAWAS", "unitCode", value)
                    },
                    new Object[] {
                        HR,
                        "POST",
                        "/api/v1/key-positions",
                        Map.of("title", "t", "jobLevel", "PENGAWAS", "unitCode", "H", "criticality", value)
                    },
                    new Object[] {HR, "PUT", "/api/v1/performance-ratings/" + person + "/2023", Map.of("rating", value)
                    },
                    new Object[] {
                        HR,
                        "PUT",
                        "/api/v1/performance-ratings/" + person + "/2023",
                        Map.of("rating", "BAIK", "source", value)
                    },
                    new Object[] {
                        committee,
                        "PUT",
                        "/api/v1/talents/" + person + "/calibration",
                        Map.of("box", 9, "reason", value)
                    },
                    new Object[] {
                        committee,
                        "POST",
                        "/api/v1/key-positions/" + position + "/nominations",
                        Map.of("participantId", person.toString(), "reason", value)
                    },
                    new Object[] {
                        committee,
                        "PUT",
                        "/api/v1/key-positions/" + position + "/candidates/" + person + "/readiness-override",
                        Map.of("readiness", value, "reason", "r")
                    },
                    new Object[] {
                        committee,
                        "PUT",
                        "/api/v1/key-positions/" + position + "/candidates/" + person + "/readiness-override",
                        Map.of("readiness", "NOT_READY", "reason", value)
                    });
            for (Object[] c : calls) {
                Response r = given().auth()
                        .oauth2((String) c[0])
                        .contentType(ContentType.JSON)
                        .body(c[3])
                        .request((String) c[1], (String) c[2]);
                boolean ok = value == LONG ? r.statusCode() == 400 : r.statusCode() < 500;
                if (!ok || r.statusCode() >= 400 && !r.contentType().startsWith("application/problem+json")) {
                    failures.add(new String[] {
                        c[1] + " " + c[2] + " " + c[3].toString().substring(0, 60), "" + r.statusCode()
                    });
                }
            }
            String etag = given().auth()
                    .oauth2(HR)
                    .get("/api/v1/key-positions/" + position)
                    .header("ETag");
            Map<String, Object> patch = new HashMap<>();
            patch.put("title", value);
            Response r = given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(patch)
                    .patch("/api/v1/key-positions/" + position);
            if (value == LONG ? r.statusCode() != 400 : r.statusCode() >= 500) {
                failures.add(new String[] {"PATCH title", "" + r.statusCode()});
            }
            Response cleared = given().auth()
                    .oauth2(committee)
                    .queryParam("reason", value)
                    .delete("/api/v1/key-positions/" + position + "/candidates/" + person + "/readiness-override");
            assertSafe(cleared, "DELETE override reason");
            if (value == LONG) {
                assertTrue(
                        cleared.statusCode() == 400,
                        "DELETE override with a 10,000-character reason: " + cleared.statusCode());
            }
        }
        assertTrue(
                failures.isEmpty(),
                failures.stream().map(f -> f[0] + " -> " + f[1]).toList().toString());
        // The injection string is just text: stored and returned verbatim.
        given().auth()
                .oauth2(HR)
                .get("/api/v1/key-positions/" + position)
                .then()
                .statusCode(200)
                .body("title", equalTo("%'; drop table x; --"));
    }
}
