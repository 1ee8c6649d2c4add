package id.talenta.participant.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import id.talenta.chassis.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** SIASN's unit-tree file into an agency: the hierarchy in one request, row problems reported, dry run first. */
@QuarkusTest
class UnitTreeImportTest {

    static final String ADMIN = TestTokens.forRole("admin");
    static final String HR = TestTokens.forRole("hr-officer");

    private static ValidatableResponse upload(String agency, String file, String query, String token) {
        return given().auth()
                .oauth2(token)
                .contentType("text/csv; charset=utf-8")
                .body(file.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/units/tree?agencyCode=" + agency + query)
                .then();
    }

    @Test
    void theTreeFileBuildsTheHierarchyOfAnAgency() {
        String agency = "TREE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .body(Map.of("code", agency, "name", "Kabupaten Pohon"))
                .post("/api/v1/agencies")
                .then()
                .statusCode(201);
        String root = agency + "-ROOT";
        String file = "\uFEFFId;NamaUnor;DiatasanId\r\n"
                + agency + "-SUB;----Subbidang Mutasi;" + agency + "-BID\r\n"
                + agency + "-BID;--Bidang Mutasi dan Promosi;" + root + "\r\n"
                + root + ";Pemerintah Kabupaten Pohon;\r\n"
                + agency + "-ORPHAN;--Yatim;NOWHERE\r\n";
        // A scope without this agency may not build its tree (as if the agency did not exist).
        upload(agency, file, "", TestTokens.scoped("hr-officer", "agency:ANOTHER-" + agency))
                .statusCode(422)
                .contentType("application/problem+json");
        upload(agency, file, "&dryRun=true", HR)
                .statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(3))
                .body("rejected", equalTo(1));
        given().auth().oauth2(HR).get("/api/v1/units/" + root).then().statusCode(404);

        upload(agency, file, "", HR)
                .statusCode(200)
                .body("created", equalTo(3))
                .body("rejected", equalTo(1))
                .body("errors[0].row", equalTo(5))
                .body("errors[0].message", containsString("NOWHERE"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/units/" + agency + "-SUB")
                .then()
                .statusCode(200)
                .body("name", equalTo("Subbidang Mutasi"))
                .body("agencyCode", equalTo(agency))
                .body("ancestors", contains(agency + "-BID", root));

        upload(agency, file.replace("Bidang Mutasi dan Promosi", "Bidang Mutasi"), "", HR)
                .statusCode(200)
                .body("created", equalTo(0))
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(2));
        given().auth()
                .oauth2(ADMIN)
                .queryParam("entityType", "unit")
                .queryParam("entityId", agency + "-BID")
                .get("/api/v1/audit")
                .then()
                .body("items.action", contains("UPDATE", "CREATE"));
    }

    @Test
    void anUnknownAgencyOrAnUnreadableFileIsAClearProblem() {
        upload("NOPE-" + UUID.randomUUID().toString().substring(0, 6), "Id,NamaUnor,DiatasanId\nA,A,\n", "", HR)
                .statusCode(422)
                .contentType("application/problem+json");
        upload(id.talenta.participant.Fixtures.agency(), "Kode,Nama\nA,A\n", "", HR)
                .statusCode(400)
                .body("detail", containsString("Id"));
        upload(id.talenta.participant.Fixtures.agency(), "", "", HR).statusCode(400);
        given().auth()
                .oauth2(HR)
                .contentType("text/csv")
                .body(new byte[] {(byte) 0xC3, (byte) 0x28, 0x0A})
                .post("/api/v1/units/tree?agencyCode=" + id.talenta.participant.Fixtures.agency())
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(HR)
                .contentType("text/csv")
                .body("Id\nA\n")
                .post("/api/v1/units/tree")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        upload(id.talenta.participant.Fixtures.agency(), "Id,NamaUnor\nA,A\n", "", TestTokens.forRole("integration"))
                .statusCode(403);
    }
}
