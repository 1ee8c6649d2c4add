package id.talenta.participant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isIn;
import static org.hamcrest.Matchers.not;

import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two agencies on one deployment (docs/domain.md, "Who may see whom"): a staff token scoped to one agency or unit
 * subtree sees and changes only what is inside it; outside it, a record is 404 like one that does not exist and a
 * unit named in a body is 422 like an unknown one. A national token sees both.
 */
@QuarkusTest
class AccessScopeTest {

    static final String ADMIN = TestTokens.forRole("admin");

    String probolinggo;
    String sidoarjo;
    String dinkes;
    String rsud;
    String bkd;
    String inDinkes;
    String inRsud;
    String inBkd;
    String inBkdNip;

    @BeforeEach
    void twoAgencies() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        probolinggo = "PROB-" + tag;
        sidoarjo = "SDA-" + tag;
        post("/api/v1/agencies", ADMIN, Map.of("code", probolinggo, "name", "Kabupaten Probolinggo " + tag))
                .statusCode(201);
        post("/api/v1/agencies", ADMIN, Map.of("code", sidoarjo, "name", "Kabupaten Sidoarjo " + tag))
                .statusCode(201);
        String pemkab = probolinggo + "-PEMKAB";
        unit(pemkab, null, probolinggo);
        dinkes = probolinggo + "-DINKES";
        unit(dinkes, pemkab, null);
        rsud = probolinggo + "-RSUD";
        unit(rsud, dinkes, null);
        String sdaRoot = sidoarjo + "-PEMKAB";
        unit(sdaRoot, null, sidoarjo);
        bkd = sidoarjo + "-BKD";
        unit(bkd, sdaRoot, null);
        inDinkes = Fixtures.register(Fixtures.nip(), dinkes);
        inRsud = Fixtures.register(Fixtures.nip(), rsud);
        inBkdNip = Fixtures.nip();
        inBkd = Fixtures.register(inBkdNip, bkd);
    }

    private static ValidatableResponse post(String path, String token, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    private static void unit(String code, String parent, String agency) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", code, "name", "Unit " + code));
        if (parent != null) {
            body.put("parentCode", parent);
        }
        if (agency != null) {
            body.put("agencyCode", agency);
        }
        post("/api/v1/units", ADMIN, body).statusCode(201);
    }

    private static ValidatableResponse get(String token, String path) {
        return given().auth().oauth2(token).get(path).then();
    }

    @Test
    void anAgencyScopeSeesItsOwnPeopleAndNotTheOtherAgencys() {
        String hr = TestTokens.scoped("hr-officer", "agency:" + probolinggo);
        get(hr, "/api/v1/participants/" + inDinkes).statusCode(200);
        get(hr, "/api/v1/participants/" + inRsud).statusCode(200);
        get(hr, "/api/v1/participants/" + inBkd)
                .statusCode(404)
                .body("detail", equalTo("Participant " + inBkd + " does not exist"));
        get(hr, "/api/v1/participants/nip/" + inBkdNip).statusCode(404);
        get(hr, "/api/v1/participants/" + inBkd + "/history").statusCode(404);
        given().auth()
                .oauth2(hr)
                .queryParam("size", 500)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(inDinkes))
                .body("items.id", hasItem(inRsud))
                .body("items.id", not(hasItem(inBkd)))
                .body("items.unitCode", everyItem(isIn(List.of(probolinggo + "-PEMKAB", dinkes, rsud))));
        given().auth()
                .oauth2(TestTokens.scoped("hr-officer", "agency:" + sidoarjo))
                .queryParam("size", 500)
                .get("/api/v1/participants")
                .then()
                .body("totalItems", is(1))
                .body("items[0].id", equalTo(inBkd));
    }

    @Test
    void aUnitScopeSeesItsSubtreeOnly() {
        String hr = TestTokens.scoped("hr-officer", "unit:" + dinkes);
        get(hr, "/api/v1/participants/" + inRsud).statusCode(200);
        get(hr, "/api/v1/participants/" + inDinkes).statusCode(200);
        given().auth()
                .oauth2(hr)
                .queryParam("size", 500)
                .get("/api/v1/units")
                .then()
                .statusCode(200)
                .body("totalItems", is(2))
                .body("items.code", hasItem(rsud));
        get(hr, "/api/v1/units/" + probolinggo + "-PEMKAB").statusCode(404);
        get(hr, "/api/v1/units/" + rsud).statusCode(200).body("agencyCode", equalTo(probolinggo));
        get(hr, "/api/v1/agencies/" + probolinggo).statusCode(200);
        get(hr, "/api/v1/agencies/" + sidoarjo).statusCode(404);
        given().auth().oauth2(hr).get("/api/v1/agencies").then().body("items.code", equalTo(List.of(probolinggo)));
    }

    @Test
    void writesStayInsideTheScope() {
        String hr = TestTokens.scoped("hr-officer", "agency:" + probolinggo);
        post("/api/v1/participants", hr, Fixtures.participant(Fixtures.nip(), bkd))
                .statusCode(422)
                .body("detail", containsString("outside your access scope"));
        post("/api/v1/participants", hr, Fixtures.participant(Fixtures.nip(), dinkes))
                .statusCode(201);
        String etag = get(ADMIN, "/api/v1/participants/" + inBkd).extract().header("ETag");
        given().auth()
                .oauth2(hr)
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("positionTitle", "Kepala"))
                .patch("/api/v1/participants/" + inBkd)
                .then()
                .statusCode(404);
        String own = get(ADMIN, "/api/v1/participants/" + inDinkes).extract().header("ETag");
        given().auth()
                .oauth2(hr)
                .header("If-Match", own)
                .contentType(ContentType.JSON)
                .body(Map.of("unitCode", bkd))
                .patch("/api/v1/participants/" + inDinkes)
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(hr)
                .header("If-Match", etag)
                .queryParam("reason", "Mutasi")
                .delete("/api/v1/participants/" + inBkd)
                .then()
                .statusCode(404);
        post("/api/v1/units", hr, Map.of("code", sidoarjo + "-X", "name", "X", "parentCode", bkd))
                .statusCode(422);
        post("/api/v1/units", hr, Map.of("code", sidoarjo + "-ROOT2", "name", "X", "agencyCode", sidoarjo))
                .statusCode(422);
        post(
                        "/api/v1/units",
                        hr,
                        Map.of(
                                "code",
                                probolinggo + "-DISDIK",
                                "name",
                                "Dinas Pendidikan",
                                "parentCode",
                                probolinggo + "-PEMKAB"))
                .statusCode(201)
                .body("agencyCode", equalTo(probolinggo));
        String unitScoped = TestTokens.scoped("hr-officer", "unit:" + dinkes);
        post(
                        "/api/v1/units",
                        unitScoped,
                        Map.of("code", probolinggo + "-ROOT2", "name", "X", "agencyCode", probolinggo))
                .statusCode(422);
        get(ADMIN, "/api/v1/participants/" + inBkd).statusCode(200).body("status", equalTo("ACTIVE"));
    }

    @Test
    void aNationalScopeSeesEveryAgency() {
        String national = TestTokens.scoped("hr-officer", "national");
        get(national, "/api/v1/participants/" + inDinkes).statusCode(200);
        get(national, "/api/v1/participants/" + inBkd).statusCode(200);
        get(national, "/api/v1/agencies/" + sidoarjo).statusCode(200);
    }

    @Test
    void operationsThatCannotRestrictToAScopeRefuseANarrowerOne() {
        String hr = TestTokens.scoped("hr-officer", "agency:" + probolinggo);
        get(hr, "/api/v1/participants/" + inDinkes + "/export")
                .statusCode(403)
                .body("detail", containsString("national-scope staff tokens only"));
        post("/api/v1/agencies", TestTokens.scoped("admin", "agency:" + probolinggo), Map.of("code", "X", "name", "X"))
                .statusCode(403);
        get(TestTokens.withoutScope("hr-officer"), "/api/v1/participants/" + inDinkes)
                .statusCode(403)
                .body("detail", containsString("accessScope"));
    }
}
