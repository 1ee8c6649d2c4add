package id.talenta.talent.api;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import id.talenta.chassis.testing.TestTokens;
import id.talenta.talent.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TalentApiTest {

    static final String ADMIN = TestTokens.forRole("admin");
    static final String HR = TestTokens.forRole("hr-officer");

    static String me(UUID person) {
        return "candidates.find { it.participantId == '" + person + "' }";
    }

    /** A participant with a profile and a rating, placed in {@code expectedBox}. */
    static UUID placed(
            String nip,
            String jobLevel,
            String unit,
            String category,
            String rating,
            int expectedBox,
            Map<String, Double> fit) {
        UUID id = registered(nip, jobLevel, unit, FAR_RETIREMENT);
        if (rating != null) {
            given().auth()
                    .oauth2(HR)
                    .contentType(ContentType.JSON)
                    .body(Map.of("rating", rating))
                    .put("/api/v1/performance-ratings/" + id + "/2024")
                    .then()
                    .statusCode(201);
        }
        sendProfile(id, 1, nip, jobLevel, unit, category, 90, fit);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Integer.valueOf(expectedBox)
                        .equals(given().auth()
                                .oauth2(committee())
                                .get("/api/v1/talents/" + id)
                                .path("box")));
        return id;
    }

    @Test
    void calibrationOverridesTheBoxForItsReviewPeriodAndLapsesWithANewerSkpYear() {
        String nip = newNip();
        UUID id = placed(nip, "PENGAWAS", "CAL", "MENENGAH", "BAIK", 5, Map.of("ADMINISTRATOR", 85.0));
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "Committee 2025-06: led flood response"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(8))
                .body("computedBox", equalTo(5))
                .body("calibrated", equalTo(true))
                .body("inTalentPool", equalTo(true))
                .body("calibrations[0].reason", equalTo("Committee 2025-06: led flood response"))
                .body("calibrations[0].actor", equalTo("test-talent-committee"))
                .body("calibrations[0].previousBox", equalTo(5));

        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .body("calibrations[0].reviewYear", equalTo(2024))
                .body("calibrations[0].endedAt", nullValue())
                .body("explanation", containsString("for the review period SKP 2024"));

        // A corrected rating for the same year recomputes within the review period: the committee's box stays.
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "SANGAT_BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/2024")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .statusCode(200)
                .body("box", equalTo(8))
                .body("computedBox", equalTo(7))
                .body("calibrated", equalTo(true))
                .body("performanceLevel", equalTo("ABOVE"))
                .body("performanceYear", equalTo(2024))
                .body("history[0].computedBox", equalTo(7))
                .body("explanation", notNullValue())
                .body("explanation", containsString("competency framework v2025.1"))
                .body("explanation", containsString("TINGGI ≥ 90, MENENGAH ≥ 78, else RENDAH"));
        // So does a late rating for an earlier year.
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "KURANG"))
                .put("/api/v1/performance-ratings/" + id + "/2023")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .body("box", equalTo(8))
                .body("calibrated", equalTo(true));

        // The next SKP year ends the review period: the calibration lapses, the computed box applies again.
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/2025")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .statusCode(200)
                .body("box", equalTo(5))
                .body("computedBox", equalTo(5))
                .body("calibrated", equalTo(false))
                .body(
                        "explanation",
                        containsString("calibration to box 8 (review period SKP 2024) lapsed: SKP year "
                                + "2025 is newer than its review period (SKP 2024)"))
                .body("calibrations[0].endReason", equalTo("LAPSED_NEWER_SKP_YEAR"))
                .body("calibrations[0].endedAt", notNullValue())
                .body("calibrations[0].endedBy", equalTo("test-hr-officer"))
                .body("calibrations[0].reason", equalTo("Committee 2025-06: led flood response"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=placement&entityId=" + id)
                .then()
                .body("items.action", hasItem("WITHDRAW"))
                .body("items.find { it.action == 'WITHDRAW' }.reason", startsWith("LAPSED_NEWER_SKP_YEAR: "));
    }

    @Test
    void theCommitteeWithdrawsACalibrationWithAReasonAndItStaysInTheHistory() {
        String nip = newNip();
        UUID id = placed(nip, "PENGAWAS", "WDR", "MENENGAH", "BAIK", 5, Map.of("ADMINISTRATOR", 85.0));
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/talents/" + id + "/calibration?reason=x")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 7, "reason", "first"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(7));
        // a second calibration replaces the first
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "second"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(8))
                .body("calibrations[1].endReason", equalTo("REPLACED"));
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        given().auth()
                .oauth2(HR)
                .delete("/api/v1/talents/" + id + "/calibration?reason=x")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/talents/" + UUID.randomUUID() + "/calibration?reason=x")
                .then()
                .statusCode(404);

        given().auth()
                .oauth2(committee())
                .queryParam("reason", "Keputusan komite dibatalkan")
                .delete("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(5))
                .body("calibrated", equalTo(false))
                .body("calibrations.size()", equalTo(2))
                .body("calibrations[0].endReason", equalTo("WITHDRAWN"))
                .body("calibrations[0].endNote", equalTo("Keputusan komite dibatalkan"))
                .body("calibrations[0].endedBy", equalTo("test-talent-committee"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/audit?entityType=placement&entityId=" + id)
                .then()
                .body(
                        "items.find { it.action == 'WITHDRAW' && !it.reason.startsWith('LAPSED') }.reason",
                        equalTo("Keputusan komite dibatalkan"));
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/talents/" + id + "/calibration?reason=again")
                .then()
                .statusCode(409);
    }

    @Test
    void aCalibrationToTheComputedBoxAndItsWithdrawalAreEachANewPlacementRevision() {
        String nip = newNip();
        UUID id = placed(nip, "PENGAWAS", "SAMEBOX", "MENENGAH", "BAIK", 5, Map.of());
        int before = given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .extract()
                .path("revision");
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 5, "reason", "confirmed"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(5))
                .body("calibrated", equalTo(true))
                .body("revision", equalTo(before + 1));
        given().auth()
                .oauth2(committee())
                .queryParam("reason", "not needed")
                .delete("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200)
                .body("box", equalTo(5))
                .body("calibrated", equalTo(false))
                .body("revision", equalTo(before + 2))
                .body("history[0].calibrated", equalTo(false))
                .body("history[1].calibrated", equalTo(true));
    }

    @Test
    void aCalibrationLapsesWithANewAssessmentResultButNotWithARevisionOfTheSameOne() {
        String nip = newNip();
        UUID id = placed(nip, "PENGAWAS", "NEWA", "MENENGAH", "BAIK", 5, Map.of("ADMINISTRATOR", 85.0));
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "review"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(200);
        // revision 2 of the same result (a correction): the calibration holds
        sendProfile(id, 2, nip, "PENGAWAS", "NEWA", "MENENGAH", 91, Map.of("ADMINISTRATOR", 86.0));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                        .oauth2(committee())
                        .get("/api/v1/talents/" + id)
                        .path("explanation")
                        .toString()
                        .contains("score 91.0"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .body("box", equalTo(8))
                .body("calibrated", equalTo(true));
        // a new assessment: it lapses
        sendProfile(id, 3, nip, "PENGAWAS", "NEWA", "MENENGAH", 92, Map.of("ADMINISTRATOR", 87.0), UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Boolean.FALSE.equals(given().auth()
                        .oauth2(committee())
                        .get("/api/v1/talents/" + id)
                        .path("calibrated")));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .body("box", equalTo(5))
                .body("calibrations[0].endReason", equalTo("LAPSED_NEW_ASSESSMENT"))
                .body("calibrations[0].endedBy", equalTo("system:talent-pool-service"));
    }

    @Test
    void calibrationRequiresAReasonAndABoxInTheGrid() {
        UUID id = UUID.randomUUID();
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 10))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("box", "reason")));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "x"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("box", 8, "reason", "x"))
                .put("/api/v1/talents/" + id + "/calibration")
                .then()
                .statusCode(404);
    }

    @Test
    void employeeSeesOnlyTheirOwnPlacementAndNeverCandidacies() {
        String nip = newNip();
        UUID own = placed(nip, "PENGAWAS", "EMP", "TINGGI", "BAIK", 8, Map.of("ADMINISTRATOR", 95.0));
        UUID other = placed(newNip(), "PENGAWAS", "EMP", "RENDAH", "BAIK", 2, Map.of());
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get("/api/v1/talents/" + own)
                .then()
                .statusCode(200)
                .body("box", equalTo(8))
                .body("$", not(hasKey("readiness")));
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get("/api/v1/talents/" + other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + own)
                .then()
                .statusCode(200)
                .body("$", hasKey("readiness"));
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get("/api/v1/nine-box")
                .then()
                .statusCode(403);
    }

    @Test
    void nineBoxCountsAndMembersAndTalentPoolFilterByUnitAndJobLevel() {
        UUID star = placed(newNip(), "AHLI_MUDA", "GRID", "TINGGI", "SANGAT_BAIK", 9, Map.of());
        placed(newNip(), "AHLI_MUDA", "GRID", "RENDAH", "KURANG", 1, Map.of());
        given().auth()
                .oauth2(HR)
                .get("/api/v1/nine-box?unitCode=GRID&jobLevel=AHLI_MUDA")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("cells.find { it.box == 9 }.count", equalTo(1))
                .body("cells.find { it.box == 9 }.potentialLevel", equalTo("TINGGI"))
                .body("cells.find { it.box == 9 }.performanceLevel", equalTo("ABOVE"))
                .body("cells.find { it.box == 1 }.count", equalTo(1))
                .body("cells.find { it.box == 5 }.count", equalTo(0));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/nine-box/9/members?unitCode=GRID")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].participantId", equalTo(star.toString()));
        given().auth()
                .oauth2(TestTokens.forRole("integration"))
                .get("/api/v1/talent-pool?jobLevel=AHLI_MUDA&unitCode=GRID")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].box", equalTo(9));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/nine-box?jobLevel=GENERAL")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("jobLevel"));
        given().auth().oauth2(HR).get("/api/v1/nine-box/10/members").then().statusCode(404);
    }

    @Test
    void ratingImportAcceptsCodesAndKuadranNumbersAndReportsRowErrors() {
        String nip = newNip();
        UUID id = registered(nip, "PELAKSANA", "IMP", FAR_RETIREMENT);
        String csv = "nip,year,rating\n" + nip + ",2023,2\n" + nip + ",2024,SANGAT_BAIK\n"
                + "199901012020121999,2024,BAIK\n" + nip + ",2024,EXCELLENT\n";
        Response accepted =
                given().auth().oauth2(HR).contentType("text/csv").body(csv).post("/api/v1/performance-rating-imports");
        accepted.then().statusCode(202).header("Location", containsString("/api/v1/performance-rating-imports/"));
        String location = accepted.header("Location");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED"
                        .equals(given().auth().oauth2(HR).get(location).path("status")));
        given().auth()
                .oauth2(HR)
                .get(location)
                .then()
                .body("totals.total", equalTo(4))
                .body("totals.succeeded", equalTo(2))
                .body("totals.failed", equalTo(2))
                .body("errors.line", equalTo(java.util.List.of(4, 5)));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/performance-ratings/" + id)
                .then()
                .statusCode(200)
                .body("rating", equalTo(java.util.List.of("SANGAT_BAIK", "BAIK")));
    }

    @Test
    void ratingRejectsUnknownRatingsYearsAndParticipants() {
        UUID id = registered(newNip(), "PELAKSANA", "RAT", FAR_RETIREMENT);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "EXCELLENT"))
                .put("/api/v1/performance-ratings/" + id + "/2024")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("rating"));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/1899")
                .then()
                .statusCode(400);
        // a future year has no SKP yet; accepting it would make it "the latest" (business time zone's year)
        int thisYear = java.time.Year.now(java.time.ZoneId.of("Asia/Jakarta")).getValue();
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/" + (thisYear + 1))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("year"));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/400")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(HR)
                .get("/api/v1/performance-ratings/" + id)
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/" + thisYear)
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + UUID.randomUUID() + "/2024")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/not-a-uuid/2024")
                .then()
                .statusCode(404);
        given().contentType(ContentType.JSON)
                .body(Map.of("rating", "BAIK"))
                .put("/api/v1/performance-ratings/" + id + "/2024")
                .then()
                .statusCode(401);
    }

    @Test
    void keyPositionsAreCreatedVersionedAndValidated() {
        UUID incumbent = registered(
                newNip(), "ADMINISTRATOR", "KP", LocalDate.now().plusMonths(6).withDayOfMonth(1));
        Response created = given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "Sekretaris Dinas",
                        "jobLevel",
                        "ADMINISTRATOR",
                        "unitCode",
                        "KP",
                        "incumbentParticipantId",
                        incumbent.toString()))
                .post("/api/v1/key-positions");
        created.then()
                .statusCode(201)
                .body("criticality", equalTo("MEDIUM"))
                .body("vacancyRisk", equalTo("HIGH"))
                .header("ETag", notNullValue());
        String location = created.header("Location");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"99\"")
                .body(Map.of("criticality", "HIGH"))
                .patch(location)
                .then()
                .statusCode(412);
        String etag = given().auth().oauth2(HR).get(location).header("ETag");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"incumbentParticipantId\": null, \"criticality\": \"HIGH\"}")
                .patch(location)
                .then()
                .statusCode(200)
                .body("criticality", equalTo("HIGH"))
                .body("vacancyRisk", equalTo("NONE"))
                .body("incumbentParticipantId", nullValue());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "X", "jobLevel", "BOSS", "unitCode", "KP", "criticality", "HUGE"))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(java.util.List.of("jobLevel", "criticality")));
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        "X",
                        "jobLevel",
                        "PENGAWAS",
                        "unitCode",
                        "KP",
                        "incumbentParticipantId",
                        UUID.randomUUID().toString()))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(422);
        given().auth().oauth2(HR).get("/api/v1/key-positions/garbage").then().statusCode(404);
        given().auth()
                .oauth2(HR)
                .get("/api/v1/key-positions?unitCode=KP")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void committeeNominatesAndWithdrawsACandidateOutsideThePool() {
        String nip = newNip();
        UUID outsider = placed(nip, "PELAKSANA", "NOM", "MENENGAH", "BAIK", 5, Map.of("ADMINISTRATOR", 70.0));
        String position = given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Kabag Umum NOM", "jobLevel", "ADMINISTRATOR", "unitCode", "NOM"))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("participantId", outsider.toString(), "reason", "Strong regional project lead"))
                .post("/api/v1/key-positions/" + position + "/nominations")
                .then()
                .statusCode(201)
                .body(me(outsider) + ".source", equalTo("NOMINATED"))
                .body(me(outsider) + ".readiness", equalTo("READY_3_PLUS_YEARS"))
                .body(me(outsider) + ".nominationReason", equalTo("Strong regional project lead"))
                .body(me(outsider) + ".explanation", containsString("nominated by the talent committee"));
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("participantId", outsider.toString(), "reason", "again"))
                .post("/api/v1/key-positions/" + position + "/nominations")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/key-positions/" + position + "/nominations/" + outsider)
                .then()
                .statusCode(204);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body("candidates.participantId", not(hasItem(outsider.toString())));
        given().auth()
                .oauth2(committee())
                .delete("/api/v1/key-positions/" + position + "/nominations/" + outsider)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/readiness-changes?since=0&limit=1000")
                .then()
                .statusCode(200)
                .body(
                        "items.findAll { it.participantId == '" + outsider + "' }.to",
                        equalTo(java.util.List.of("READY_3_PLUS_YEARS", "INELIGIBLE")))
                .body("nextSince", notNullValue());
        given().auth()
                .oauth2(committee())
                .get("/api/v1/readiness-changes?since=yesterday")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/bench-strength?unitCode=NOM")
                .then()
                .statusCode(200)
                .body("totalPositions", equalTo(1))
                .body("positions.items[0].keyPositionId", equalTo(position));
    }

    @Test
    void aProfileThatArrivesBeforeItsParticipantIsPlacedButProposedOnlyOnceTheParticipantArrives() {
        awaitConsumers();
        String nip = newNip();
        UUID early = UUID.randomUUID();
        String position = keyPosition("Asisten EARLY " + nip, "JPT_PRATAMA", "EARLY");
        sendProfile(early, 1, nip, "AHLI_MADYA", "EARLY", "TINGGI", 92, Map.of("JPT_PRATAMA", 92.0));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(committee())
                                .get("/api/v1/talents/" + early)
                                .statusCode()
                        == 200);
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "SANGAT_BAIK"))
                .put("/api/v1/performance-ratings/" + early + "/2024")
                .then()
                .statusCode(201);
        // placed in the pool on what is known ...
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Integer.valueOf(9)
                        .equals(given().auth()
                                .oauth2(committee())
                                .get("/api/v1/talents/" + early)
                                .path("box")));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + early)
                .then()
                .body("inTalentPool", equalTo(true));
        // ... but not proposed while legal status and retirement date are unknown
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .statusCode(200)
                .body("candidates.participantId", not(hasItem(early.toString())));

        // the participant arrives: candidacy follows
        sendParticipant(early, 1, nip, "AHLI_MADYA", "EARLY", FAR_RETIREMENT, "ACTIVE");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(committee())
                                .get("/api/v1/key-positions/" + position + "/succession")
                                .path(me(early) + ".readiness")
                        != null);
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(early) + ".readiness", equalTo("READY_NOW"));
    }

    @Test
    void widenedAutomaticCandidacyProposesBoxFiveAndSixByTheTableAndTheDefaultDoesNot() {
        String nip = newNip();
        // box 5: MENENGAH potential, BAIK performance; not in the pool (7, 8, 9)
        UUID five = placed(nip, "AHLI_MADYA", "WIDE", "MENENGAH", "BAIK", 5, Map.of("JPT_PRATAMA", 70.0));
        String position = keyPosition("Asisten WIDE " + nip, "JPT_PRATAMA", "WIDE");
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body("candidates.participantId", not(hasItem(five.toString())));

        Response current = given().auth().oauth2(ADMIN).get("/api/v1/policies/readiness");
        current.then().body("policy.automaticCandidates", equalTo("TALENT_POOL"));
        String original = Fixtures.write(current.jsonPath().getMap("policy"));
        String widened =
                original.replace("\"automaticCandidates\":\"TALENT_POOL\"", "\"automaticCandidates\":\"ALL_ELIGIBLE\"");
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(original.replace(
                        "\"automaticCandidates\":\"TALENT_POOL\"", "\"automaticCandidates\":\"EVERYONE\""))
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(400);
        String job = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", current.header("ETag"))
                .body(widened)
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "COMPLETED"
                            .equals(given().auth().oauth2(ADMIN).get(job).path("status")));
            given().auth()
                    .oauth2(committee())
                    .get("/api/v1/key-positions/" + position + "/succession")
                    .then()
                    .body(me(five) + ".readiness", equalTo("READY_3_PLUS_YEARS"))
                    .body(me(five) + ".explanation", containsString("outside the talent pool"));
        } finally {
            String restore = given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(original)
                    .put("/api/v1/policies/readiness")
                    .then()
                    .statusCode(202)
                    .extract()
                    .header("Location");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "COMPLETED"
                            .equals(given().auth().oauth2(ADMIN).get(restore).path("status")));
        }
        // back to the default: the box-5 person is no longer a candidate
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body("candidates.participantId", not(hasItem(five.toString())));
    }

    @Test
    void aMultiYearPerformanceAxisIsPartOfTheNineBoxPolicyAndExplained() {
        String nip = newNip();
        UUID id = placed(nip, "PENGAWAS", "MYR", "TINGGI", "SANGAT_BAIK", 9, Map.of());
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("rating", "KURANG"))
                .put("/api/v1/performance-ratings/" + id + "/2023")
                .then()
                .statusCode(201);
        // the latest year alone (the default): 2024 SANGAT_BAIK → ABOVE → box 9
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + id)
                .then()
                .body("box", equalTo(9))
                .body("explanation", containsString("SKP 2024 SANGAT_BAIK maps to ABOVE"));

        Response current = given().auth().oauth2(ADMIN).get("/api/v1/policies/nine-box");
        current.then().body("policy.performanceAxis.rule", equalTo("LATEST_YEAR"));
        Map<String, Object> original = current.jsonPath().getMap("policy");
        Map<String, Object> multi = new java.util.LinkedHashMap<>(original);
        multi.put(
                "performanceAxis",
                Map.of(
                        "rule",
                        "WEIGHTED_YEARS",
                        "years",
                        java.util.List.of(Map.of("offset", 0, "weight", 60), Map.of("offset", 1, "weight", 40)),
                        "ratingScores",
                        Map.of("SANGAT_BAIK", 5, "BAIK", 4, "BUTUH_PERBAIKAN", 3, "KURANG", 2, "SANGAT_KURANG", 1),
                        "aboveFrom",
                        4.5,
                        "meetsFrom",
                        3.5,
                        "missingYear",
                        "REWEIGHT"));
        Map<String, Object> invalid = new java.util.LinkedHashMap<>(original);
        invalid.put("performanceAxis", Map.of("rule", "WEIGHTED_YEARS", "years", java.util.List.of()));
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Fixtures.write(invalid))
                .put("/api/v1/policies/nine-box")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("performanceAxis.years"));
        String job = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(Fixtures.write(multi))
                .put("/api/v1/policies/nine-box")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        try {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "COMPLETED"
                            .equals(given().auth().oauth2(ADMIN).get(job).path("status")));
            // 0.6 × 5 + 0.4 × 2 = 3.8: MEETS → box 8, and the explanation names the years and weights
            given().auth()
                    .oauth2(committee())
                    .get("/api/v1/talents/" + id)
                    .then()
                    .body("box", equalTo(8))
                    .body("performanceLevel", equalTo("MEETS"))
                    .body("performanceYear", equalTo(2024))
                    .body(
                            "explanation",
                            containsString("weighted SKP 2024 SANGAT_BAIK (5) × 60 + SKP 2023 KURANG (2)"
                                    + " × 40 / 100 = 3.8 gives MEETS"));
        } finally {
            String restore = given().auth()
                    .oauth2(ADMIN)
                    .contentType(ContentType.JSON)
                    .body(Fixtures.write(original))
                    .put("/api/v1/policies/nine-box")
                    .then()
                    .statusCode(202)
                    .extract()
                    .header("Location");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> "COMPLETED"
                            .equals(given().auth().oauth2(ADMIN).get(restore).path("status")));
        }
        given().auth().oauth2(committee()).get("/api/v1/talents/" + id).then().body("box", equalTo(9));
    }

    @Test
    void anExpiredAssessmentKeepsThePlacementButEndsAutomaticCandidacy() throws Exception {
        String nip = newNip();
        UUID person = placed(nip, "AHLI_MADYA", "EXP", "TINGGI", "SANGAT_BAIK", 9, Map.of("JPT_PRATAMA", 92.0));
        String position = keyPosition("Asisten EXP " + nip, "JPT_PRATAMA", "EXP");
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(person) + ".readiness", equalTo("READY_NOW"));

        // profile-service's validity check publishes an EXPIRY version: same values, expired
        com.fasterxml.jackson.databind.node.ObjectNode expired =
                (com.fasterxml.jackson.databind.node.ObjectNode) Fixtures.read(
                        profileJson(person, 2, nip, "AHLI_MADYA", "EXP", "TINGGI", 90, Map.of("JPT_PRATAMA", 92.0)));
        expired.put("reason", "EXPIRY").put("expired", true).put("validUntil", "2026-01-31");
        id.talenta.chassis.testing.KafkaProbe.send(
                Fixtures.PROFILES,
                person.toString(),
                UUID.randomUUID().toString(),
                "profile.computed",
                expired.toString());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                        .oauth2(committee())
                        .get("/api/v1/talents/" + person)
                        .path("explanation")
                        .toString()
                        .contains("EXPIRED after 2026-01-31"));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + person)
                .then()
                .body("box", equalTo(9))
                .body("inTalentPool", equalTo(true));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body("candidates.participantId", not(hasItem(person.toString())));
        // a committee nomination still stands, and says the result has expired
        given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("participantId", person.toString(), "reason", "Masih dipertimbangkan komite"))
                .post("/api/v1/key-positions/" + position + "/nominations")
                .then()
                .statusCode(201)
                .body(me(person) + ".explanation", containsString("the assessment result has expired"));
    }

    @Test
    void readinessPolicyChangeReEvaluatesEveryoneAsAJob() {
        String nip = newNip();
        UUID person = placed(nip, "AHLI_MADYA", "POL", "TINGGI", "SANGAT_BAIK", 9, Map.of("JPT_PRATAMA", 92.0));
        String position = given().auth()
                .oauth2(committee())
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Asisten POL", "jobLevel", "JPT_PRATAMA", "unitCode", "POL"))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(person) + ".readiness", equalTo("READY_NOW"));

        Response current = given().auth().oauth2(ADMIN).get("/api/v1/policies/readiness");
        String original = Fixtures.write(current.jsonPath().getMap("policy"));
        String stricter = original.replace("\"minTargetFit\":90.0", "\"minTargetFit\":95.0");
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(stricter)
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"999\"")
                .body(stricter)
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(412);
        given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(original.replace("\"retirementExclusionMonths\":12", "\"retirementExclusionMonths\":-1"))
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("retirementExclusionMonths"));

        Response changed = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .header("If-Match", current.header("ETag"))
                .body(stricter)
                .put("/api/v1/policies/readiness");
        changed.then().statusCode(202).body("version", greaterThanOrEqualTo(2));
        String job = changed.header("Location");
        await().atMost(Duration.ofSeconds(60))
                .until(() ->
                        "COMPLETED".equals(given().auth().oauth2(ADMIN).get(job).path("status")));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/key-positions/" + position + "/succession")
                .then()
                .body(me(person) + ".readiness", equalTo("READY_1_2_YEARS"))
                .body("policyVersion", greaterThanOrEqualTo(2));

        // Restore the default for the other tests.
        String restore = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(original)
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "COMPLETED"
                        .equals(given().auth().oauth2(ADMIN).get(restore).path("status")));
        given().auth()
                .oauth2(committee())
                .get("/api/v1/talents/" + person)
                .then()
                .body("readiness.find { it.keyPositionId == '" + position + "' }.readiness", equalTo("READY_NOW"));
    }
}
