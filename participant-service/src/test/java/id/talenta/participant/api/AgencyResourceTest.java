package id.talenta.participant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Agencies as the roots of unit trees: registered by an admin, inherited by every unit below a root. */
@QuarkusTest
class AgencyResourceTest {

    static final String ADMIN = TestTokens.forRole("admin");
    static final String HR = TestTokens.forRole("hr-officer");

    private static String code() {
        return "AG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static io.restassured.response.ValidatableResponse post(String path, String token, Map<String, ?> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(path)
                .then();
    }

    @Test
    void anAdminRegistersAnAgencyThatIsThenReadAndListed() {
        String code = code();
        String siasn = UUID.randomUUID().toString().replace("-", "").toUpperCase();
        post("/api/v1/agencies", ADMIN, Map.of("code", code, "name", "  Pemerintah Kabupaten Uji ", "siasnId", siasn))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/agencies/" + code))
                .header("ETag", notNullValue())
                .body("name", equalTo("Pemerintah Kabupaten Uji"))
                .body("siasnId", equalTo(siasn));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/agencies/" + code)
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
        given().auth()
                .oauth2(HR)
                .queryParam("size", 500)
                .get("/api/v1/agencies")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code));
        post("/api/v1/agencies", ADMIN, Map.of("code", code, "name", "again")).statusCode(409);
        post("/api/v1/agencies", ADMIN, Map.of("code", code(), "name", "same SIASN id", "siasnId", siasn))
                .statusCode(409)
                .body("detail", containsString(siasn));
    }

    @Test
    void whatExistedBeforeAgenciesBelongsToTheDefaultAgency() {
        given().auth().oauth2(HR).get("/api/v1/agencies/DEFAULT").then().statusCode(200);
    }

    @Test
    void badCodesAndUnknownAgenciesAreClearProblems() {
        post("/api/v1/agencies", ADMIN, Map.of("code", "a b", "name", "x"))
                .statusCode(400)
                .contentType("application/problem+json");
        post("/api/v1/agencies", ADMIN, Map.of("code", code())).statusCode(400);
        given().auth().oauth2(HR).get("/api/v1/agencies/NOPE-" + code()).then().statusCode(404);
        post("/api/v1/agencies", HR, Map.of("code", code(), "name", "x")).statusCode(403);
    }

    @Test
    void aRootUnitNamesItsAgencyAndEveryUnitBelowInheritsIt() {
        String agency = code();
        post("/api/v1/agencies", ADMIN, Map.of("code", agency, "name", "Kabupaten " + agency))
                .statusCode(201);
        String root = agency + "-ROOT";
        post("/api/v1/units", HR, Map.of("code", root, "name", "Pemkab"))
                .statusCode(422)
                .body("errors[0].field", equalTo("agencyCode"));
        post("/api/v1/units", HR, Map.of("code", root, "name", "Pemkab", "agencyCode", "NOPE-" + agency))
                .statusCode(422)
                .body("detail", containsString("does not exist"));
        post("/api/v1/units", HR, Map.of("code", root, "name", "Pemkab", "agencyCode", agency))
                .statusCode(201)
                .body("agencyCode", equalTo(agency));
        post("/api/v1/units", HR, Map.of("code", root + "-BKPSDM", "name", "BKPSDM", "parentCode", root))
                .statusCode(201)
                .body("agencyCode", equalTo(agency));
        post(
                        "/api/v1/units",
                        HR,
                        Map.of("code", root + "-DINKES", "name", "Dinkes", "parentCode", root, "agencyCode", agency))
                .statusCode(201);
        post(
                        "/api/v1/units",
                        HR,
                        Map.of("code", root + "-X", "name", "X", "parentCode", root, "agencyCode", Fixtures.agency()))
                .statusCode(422)
                .body("detail", containsString("belongs to agency " + agency));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/units/" + root + "-BKPSDM")
                .then()
                .statusCode(200)
                .body("agencyCode", equalTo(agency));
    }
}
