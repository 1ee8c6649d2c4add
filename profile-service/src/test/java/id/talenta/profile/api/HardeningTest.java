package id.talenta.profile.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Injection strings and over-long values in every filter and text field: a 4xx problem or a safe empty result. */
@QuarkusTest
class HardeningTest {

    static final String HR = TestTokens.forRole("hr-officer");
    static final String ADMIN = TestTokens.forRole("admin");
    static final String LONG = "x".repeat(10_000);
    static final List<String> HOSTILE = List.of("' or 1=1 --", "%'; drop table x; --", LONG);

    @Inject
    ObjectMapper mapper;

    static void assertSafe(Response r, String what, List<String> failures) {
        int status = r.statusCode();
        boolean ok = status >= 200 && status < 300 || status >= 400 && status < 500;
        if (ok && status >= 400) {
            String body = r.asString();
            ok = r.contentType().startsWith("application/problem+json")
                    && !body.contains("SQL")
                    && !body.contains("Exception");
        }
        if (!ok) {
            failures.add(what + " answered " + status + " " + r.contentType());
        }
    }

    @Test
    void hostileQueryParametersAreRejectedOrMatchNothing() {
        String someone = UUID.randomUUID().toString();
        List<String> paths = List.of(
                "/api/v1/profiles",
                "/api/v1/competency-map",
                "/api/v1/competency-frameworks",
                "/api/v1/profiles/" + someone + "/history",
                "/api/v1/profiles/" + someone + "/fit");
        List<String> params = List.of("unitCode", "jobLevel", "mappingCategory", "page", "size", "sort");
        List<String> failures = new ArrayList<>();
        for (String path : paths) {
            for (String param : params) {
                for (String value : HOSTILE) {
                    assertSafe(
                            given().auth().oauth2(HR).queryParam(param, value).get(path),
                            path + "?" + param + "=" + value.substring(0, Math.min(20, value.length())),
                            failures);
                }
            }
        }
        for (String value : HOSTILE) {
            for (String path : List.of(
                    "/api/v1/profiles/",
                    "/api/v1/subject-access/",
                    "/api/v1/competency-frameworks/",
                    "/api/v1/framework-activations/")) {
                assertSafe(given().auth().oauth2(ADMIN).get(path + "{id}", value), path + "…", failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // An injection string in a free-text filter is just a unit code nobody has.
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", "' or 1=1 --")
                .get("/api/v1/profiles")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", "%'; drop table x; --")
                .get("/api/v1/competency-map")
                .then()
                .statusCode(200)
                .body("count", equalTo(0));
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", LONG)
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("unitCode"));
        given().auth()
                .oauth2(HR)
                .queryParam("page", "' or 1=1 --")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("page"));
        given().auth()
                .oauth2(HR)
                .queryParam("sort", "fullName; drop table x")
                .get("/api/v1/profiles")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("sort"));
    }

    @Test
    void unknownEnumValuesInQueryParametersAre400WithTheAllowedValues() {
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles?jobLevel=GENERAL")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("jobLevel"))
                .body("errors[0].message", containsString("JPT_PRATAMA"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles?mappingCategory=GREAT")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mappingCategory"))
                .body("errors[0].message", containsString("CUKUP_OPTIMAL"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/competency-map?jobLevel=pengawas")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("PENGAWAS"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + UUID.randomUUID() + "/fit?jobLevel=KING")
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("ADMINISTRATOR"));
    }

    @Test
    void hostileAndOverLongTextFieldsOfAFrameworkAreRejectedOrStoredVerbatim() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String value : HOSTILE) {
            List<String> fields = List.of(
                    "name",
                    "competencies[0].name",
                    "competencies[0].definition",
                    "competencies[0].levels[0].descriptor",
                    "competencies[0].code",
                    "jpmPolicy.formula",
                    "competencies[0].type");
            for (String field : fields) {
                ObjectNode body = activeAsRequest();
                set(body, field, value);
                Response r = given().auth()
                        .oauth2(ADMIN)
                        .contentType("application/json")
                        .body(body.toString())
                        .post("/api/v1/competency-frameworks");
                boolean mustReject =
                        value == LONG || field.endsWith("code") || field.endsWith("formula") || field.endsWith("type");
                if (mustReject ? r.statusCode() != 400 : r.statusCode() != 201) {
                    failures.add(
                            field + "=" + value.substring(0, Math.min(20, value.length())) + " -> " + r.statusCode());
                }
                assertSafe(r, field, failures);
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        ObjectNode tooLong = activeAsRequest();
        tooLong.put("name", LONG);
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .body(tooLong.toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("name"));
        // the injection string is just text: stored and returned verbatim
        ObjectNode hostile = activeAsRequest();
        hostile.put("name", "%'; drop table x; --");
        int version = given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .body(hostile.toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
        given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/competency-frameworks/" + version)
                .then()
                .statusCode(200)
                .body("name", equalTo("%'; drop table x; --"));
        // an over-long activation reason is refused before anything is activated
        given().auth()
                .oauth2(ADMIN)
                .queryParam("reason", LONG)
                .post("/api/v1/competency-frameworks/" + version + "/activate")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/competency-frameworks/" + version)
                .then()
                .body("status", equalTo("DRAFT"));
    }

    private ObjectNode activeAsRequest() throws Exception {
        ObjectNode node = (ObjectNode) mapper.readTree(given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/competency-frameworks/active")
                .asString());
        List.of("version", "status", "createdAt", "createdBy", "activatedAt").forEach(node::remove);
        return node;
    }

    private static void set(ObjectNode body, String path, String value) {
        ObjectNode target = body;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            if (p.endsWith("]")) {
                String name = p.substring(0, p.indexOf('['));
                int index = Integer.parseInt(p.substring(p.indexOf('[') + 1, p.length() - 1));
                target = (ObjectNode) target.get(name).get(index);
            } else {
                target = (ObjectNode) target.get(p);
            }
        }
        target.put(parts[parts.length - 1], value);
    }
}
