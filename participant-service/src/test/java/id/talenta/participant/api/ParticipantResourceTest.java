package id.talenta.participant.api;

import static id.talenta.participant.Fixtures.HR;
import static id.talenta.participant.Fixtures.INTEGRATION;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParticipantResourceTest {

    static final String DEFAULT_NIP = "196608011988031001";

    @Test
    void registeringReturnsTheParticipantWithEverythingDerivedFromTheNip() {
        String unit = Fixtures.unit();
        Map<String, Object> body = new HashMap<>(Fixtures.participant(DEFAULT_NIP, unit));
        body.put("email", "Siti@Example.go.id");
        body.put("education", Map.of("level", "S2", "major", "Administrasi Publik"));
        String location = given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/participants")
                .then()
                .statusCode(201)
                .header("ETag", "\"1\"")
                .body("id", notNullValue())
                .body("birthDate", equalTo("1966-08-01"))
                .body("gender", equalTo("MALE"))
                .body("cpnsStartMonth", equalTo("1988-03"))
                .body("retirementDate", equalTo("2024-09-01"))
                .body(
                        "age",
                        equalTo(Period.between(LocalDate.of(1966, 8, 1), LocalDate.now())
                                .getYears()))
                .body("status", equalTo("ACTIVE"))
                .body("version", equalTo(1))
                .body("email", equalTo("siti@example.go.id"))
                .body("education.major", equalTo("Administrasi Publik"))
                .extract()
                .header("Location");
        given().auth().oauth2(HR).get(location).then().statusCode(200).body("nip", equalTo(DEFAULT_NIP));
        given().auth()
                .oauth2(INTEGRATION)
                .get("/api/v1/participants/nip/" + DEFAULT_NIP)
                .then()
                .statusCode(200)
                .body("unitCode", equalTo(unit));
    }

    @Test
    void registeringTheSameNipTwiceIsAConflict() {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        Fixtures.register(nip, unit);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Fixtures.participant(nip, unit))
                .post("/api/v1/participants")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", equalTo("A participant with NIP " + nip + " is already registered"));
    }

    @Test
    void aNipWithAnImpossibleBirthDateIsRejectedNamingThePart() {
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Fixtures.participant("196613011988031001", Fixtures.unit()))
                .post("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("nip"))
                .body("errors[0].message", equalTo("birth date 19661301 is not a calendar date"));
    }

    @Test
    void anUnknownJobLevelAndRankAreFieldErrors() {
        Map<String, Object> body = new HashMap<>(Fixtures.participant(Fixtures.nip(), Fixtures.unit()));
        body.put("jobLevel", "KING");
        body.put("rank", "V/z");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors.field", contains("rank", "jobLevel"));
    }

    @Test
    void aParticipantInAnUnknownUnitIsUnprocessable() {
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Fixtures.participant(Fixtures.nip(), "NO-SUCH-UNIT"))
                .post("/api/v1/participants")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("unitCode"));
    }

    @Test
    void missingRequiredFieldsAreListed() {
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("nip", DEFAULT_NIP))
                .post("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("fullName"));
    }

    @Test
    void changingTheJobLevelRecomputesRetirementAndBumpsTheVersion() {
        String id = Fixtures.register("196608011988031002", Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("jobLevel", "AHLI_UTAMA", "positionTitle", "Analis Kebijakan Ahli Utama"))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("jobLevel", equalTo("AHLI_UTAMA"))
                .body("retirementDate", equalTo("2031-09-01"))
                .body("version", equalTo(2));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/" + id + "/history")
                .then()
                .statusCode(200)
                .body("revision", contains(1, 2))
                .body("[1].changedFields", contains("positionTitle", "jobLevel", "retirementDate"))
                .body("[1].actor", equalTo("test-hr-officer"));
    }

    @Test
    void aPatchThatChangesNothingKeepsTheVersion() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("positionTitle", "  Analis  SDM "))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void aStaleIfMatchIsRefused() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"7\"")
                .body(Map.of("positionTitle", "Kepala Seksi"))
                .patch("/api/v1/participants/" + id)
                .then()
                .statusCode(412);
    }

    @Test
    void deactivationIsSoftNeedsAReasonAndHappensOnce() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(HR)
                .queryParam("reason", "Pensiun")
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("deactivationReason", equalTo("Pensiun"))
                .body("version", equalTo(2));
        given().auth()
                .oauth2(HR)
                .queryParam("reason", "again")
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/" + id + "/history")
                .then()
                .body("[1].changeType", equalTo("DEACTIVATED"))
                .body("[1].reason", equalTo("Pensiun"));
    }

    @Test
    void searchFindsByNameFragmentAndNipPrefixWithFilters() {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        Map<String, Object> body = new HashMap<>(Fixtures.participant(nip, unit));
        body.put("fullName", "Bambang Wicaksono Hadiprojo");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/participants")
                .then()
                .statusCode(201);
        Fixtures.register(Fixtures.nip(), unit);
        given().auth()
                .oauth2(HR)
                .queryParam("q", "WICAKS")
                .queryParam("unitCode", unit)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].nip", equalTo(nip));
        given().auth()
                .oauth2(HR)
                .queryParam("q", nip.substring(0, 12))
                .queryParam("unitCode", unit)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("items.nip", hasItem(nip));
        given().auth()
                .oauth2(HR)
                .queryParam("unitCode", unit)
                .queryParam("jobLevel", "ADMINISTRATOR")
                .queryParam("status", "ACTIVE")
                .queryParam("sort", "nip,desc")
                .queryParam("size", 1)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2))
                .body("items.unitCode", everyItem(equalTo(unit)));
    }

    @Test
    void invalidSearchFiltersAreBadRequests() {
        given().auth()
                .oauth2(HR)
                .queryParam("jobLevel", "KING")
                .queryParam("status", "DEAD")
                .get("/api/v1/participants")
                .then()
                .statusCode(400)
                .body("errors.field", contains("jobLevel", "status"));
        given().auth()
                .oauth2(HR)
                .queryParam("sort", "password")
                .get("/api/v1/participants")
                .then()
                .statusCode(400);
    }

    @Test
    void aGarbageIdIsNotFound() {
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anEmployeeSeesOnlyTheirOwnRecordAndOthersAreNotFound() {
        String unit = Fixtures.unit();
        String own = Fixtures.nip();
        String ownId = Fixtures.register(own, unit);
        String otherId = Fixtures.register(Fixtures.nip(), unit);
        String employee = TestTokens.employee(own);
        given().auth()
                .oauth2(employee)
                .get("/api/v1/participants/" + ownId)
                .then()
                .statusCode(200)
                .body("nip", equalTo(own));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/participants/" + otherId)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(employee)
                .queryParam("unitCode", unit)
                .get("/api/v1/participants")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].nip", equalTo(own));
        given().auth()
                .oauth2(employee)
                .contentType(ContentType.JSON)
                .body(Fixtures.participant(Fixtures.nip(), unit))
                .post("/api/v1/participants")
                .then()
                .statusCode(403);
    }

    @Test
    void integrationReadsButCannotWriteAndStrangersAreUnauthorized() throws Exception {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(INTEGRATION)
                .get("/api/v1/participants/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(INTEGRATION)
                .queryParam("reason", "x")
                .delete("/api/v1/participants/" + id)
                .then()
                .statusCode(403);
        given().get("/api/v1/participants/" + id).then().statusCode(401);
        given().auth()
                .oauth2(TestTokens.foreignSigned("admin"))
                .get("/api/v1/participants/" + id)
                .then()
                .statusCode(401);
    }

    @Test
    void unitsFormAHierarchyAndParentsMustExist() {
        String parent = Fixtures.unit();
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("code", parent + "-C", "name", "Child", "parentCode", parent))
                .post("/api/v1/units")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v1/units/" + parent + "-C"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/units/" + parent + "-C")
                .then()
                .statusCode(200)
                .body("ancestors", contains(parent));
        given().auth()
                .oauth2(HR)
                .queryParam("parentCode", parent)
                .get("/api/v1/units")
                .then()
                .body("items.code", contains(parent + "-C"));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("code", "ORPHAN", "name", "x", "parentCode", "NOPE"))
                .post("/api/v1/units")
                .then()
                .statusCode(422);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("code", parent, "name", "dup"))
                .post("/api/v1/units")
                .then()
                .statusCode(409);
        given().auth().oauth2(HR).get("/api/v1/units/NOPE").then().statusCode(404);
    }

    @Test
    void referenceListsJobLevelsWithRetirementAgesAndRanksWithSiasnCodes() {
        given().auth()
                .oauth2(INTEGRATION)
                .get("/api/v1/reference/job-levels")
                .then()
                .statusCode(200)
                .body("size()", equalTo(14))
                .body("find { it.code == 'AHLI_UTAMA' }.retirementAge", equalTo(65))
                .body("find { it.code == 'AHLI_MADYA' }.retirementAge", equalTo(60))
                .body("find { it.code == 'JPT_PRATAMA' }.retirementAge", equalTo(60))
                .body("find { it.code == 'PELAKSANA' }.retirementAge", equalTo(58))
                .body("find { it.code == 'ADMINISTRATOR' }.defaultStandardLevel", equalTo(3));
        given().auth()
                .oauth2(INTEGRATION)
                .get("/api/v1/reference/ranks")
                .then()
                .statusCode(200)
                .body("size()", equalTo(34))
                .body("find { it.code == 'I/a' }.siasnCode", equalTo("11"))
                .body("find { it.code == 'IV/e' }.siasnCode", equalTo("45"))
                .body("find { it.code == 'XVII' }.employmentType", equalTo("PPPK"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryOperation() {
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/participants'.post.operationId", equalTo("registerParticipant"))
                .body("paths.'/api/v1/participant-imports'.post.operationId", equalTo("startParticipantImport"))
                .body("paths.'/api/v1/national-sync'.post.summary", startsWith("Pull records"));
    }
}
