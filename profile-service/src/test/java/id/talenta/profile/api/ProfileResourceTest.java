package id.talenta.profile.api;

import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.participant;
import static id.talenta.profile.Fixtures.result;
import static id.talenta.profile.Fixtures.withLevel;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.profile.events.ResultFinalizedPayload;
import id.talenta.profile.profile.ProfileService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProfileResourceTest {

    @Inject
    ProfileService profiles;

    @Inject
    ObjectMapper mapper;

    String unit;
    UUID strong;
    String strongNip;
    UUID weak;

    /** A fresh unit with two profiles: an OPTIMAL administrator and a KURANG_OPTIMAL one. */
    @BeforeEach
    void twoAdministratorsInAFreshUnit() throws Exception {
        unit = "UNIT-" + UUID.randomUUID().toString().substring(0, 8);
        strong = UUID.randomUUID();
        strongNip = newNip();
        weak = UUID.randomUUID();
        seed(
                strong,
                strongNip,
                "Ani Strong",
                result(strong, strongNip, UUID.randomUUID(), 1, "ADMINISTRATOR", unit, "3"));
        String weakNip = newNip();
        ObjectNode weakResult = withLevel(
                withLevel(result(weak, weakNip, UUID.randomUUID(), 1, "ADMINISTRATOR", unit, "2"), "INTEGRITAS", "3"),
                "KERJASAMA",
                "4");
        seed(weak, weakNip, "Bayu Weak", weakResult);
    }

    @Test
    void hrOfficerReadsAProfileWithTheContractShape() {
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/profiles/" + weak)
                .then()
                .statusCode(200)
                .body("participantId", equalTo(weak.toString()))
                .body("jobLevel", equalTo("ADMINISTRATOR"))
                .body("frameworkVersion", equalTo(1))
                .body("source.resultRevision", equalTo(1))
                .body("competencies", hasSize(9))
                .body("competencies[0].code", equalTo("INTEGRITAS"))
                .body("competencies[0].meets", equalTo(true))
                // (3 + 4 + 7 × 2) / 27 = 77.78
                .body("jpm", equalTo(77.78f))
                .body("mappingCategory", equalTo("KURANG_OPTIMAL"))
                .body("selectionCategory", equalTo("MASIH_MEMENUHI_SYARAT"))
                .body("potential.category", equalTo("RENDAH"))
                .body("potential.assessmentComponent", nullValue())
                .body("developmentNeeds", hasSize(7))
                .body("developmentNeeds[0].recommendation", equalTo("COACHING_MENTORING"))
                .body("explanation.summary", org.hamcrest.Matchers.containsString("framework v1"));
    }

    @Test
    void employeeReadsOnlyTheirOwnProfile() {
        given().auth()
                .oauth2(TestTokens.employee(strongNip))
                .get("/api/v1/profiles/" + strong)
                .then()
                .statusCode(200)
                .body("nip", equalTo(strongNip));
        given().auth()
                .oauth2(TestTokens.employee(strongNip))
                .get("/api/v1/profiles/" + weak)
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.employee(strongNip))
                .get("/api/v1/profiles/" + weak + "/history")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.employee(strongNip))
                .get("/api/v1/profiles?unitCode=" + unit)
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void anonymousCallersAndForeignTokensAreRejected() throws Exception {
        given().get("/api/v1/profiles/" + strong).then().statusCode(401).contentType("application/problem+json");
        given().auth()
                .oauth2(TestTokens.foreignSigned("hr-officer"))
                .get("/api/v1/profiles/" + strong)
                .then()
                .statusCode(401);
        given().auth()
                .oauth2(TestTokens.forRole("assessor"))
                .get("/api/v1/profiles/" + strong)
                .then()
                .statusCode(403);
    }

    @Test
    void badIdsAndFiltersArePreciseClientErrors() {
        String token = TestTokens.forRole("hr-officer");
        given().auth().oauth2(token).get("/api/v1/profiles/not-a-uuid").then().statusCode(404);
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?jobLevel=KING")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("jobLevel"));
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?mappingCategory=GREAT")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mappingCategory"));
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?sort=secret,asc")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles/" + strong + "/fit")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles/" + strong + "/fit?jobLevel=KING")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(token)
                .get("/api/v1/competency-map?jobLevel=KING")
                .then()
                .statusCode(400);
    }

    @Test
    void listFiltersByUnitJobLevelAndMappingCategoryAndSorts() {
        String token = TestTokens.forRole("integration");
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?unitCode=" + unit + "&jobLevel=ADMINISTRATOR&sort=jpm,desc")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.fullName", contains("Ani Strong", "Bayu Weak"));
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?unitCode=" + unit + "&mappingCategory=KURANG_OPTIMAL")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].participantId", equalTo(weak.toString()));
        given().auth()
                .oauth2(token)
                .get("/api/v1/profiles?unitCode=" + unit + "&jobLevel=PENGAWAS")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void fitComputesAgainstAnotherStandardWithoutStoringAnything() {
        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .get("/api/v1/profiles/" + strong + "/fit?jobLevel=JPT_PRATAMA")
                .then()
                .statusCode(200)
                .body("jobLevel", equalTo("JPT_PRATAMA"))
                .body("jpm", equalTo(75.0f))
                .body("mappingCategory", equalTo("KURANG_OPTIMAL"))
                .body("developmentNeeds", hasSize(9));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/profiles/" + strong + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));
    }

    @Test
    void competencyMapAggregatesTheUnitsLatestProfiles() {
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-map?unitCode=" + unit)
                .then()
                .statusCode(200)
                .body("count", equalTo(2))
                // (100.00 + 77.78) / 2
                .body("averageJpm", equalTo(88.89f))
                .body("mappingCategories.OPTIMAL", equalTo(1))
                .body("mappingCategories.KURANG_OPTIMAL", equalTo(1))
                .body("selectionCategories.MEMENUHI_SYARAT", equalTo(1))
                .body("competencies", hasSize(9))
                .body("competencies[0].code", equalTo("INTEGRITAS"))
                .body("competencies[0].averageAchieved", equalTo(3.0f))
                .body("competencies[0].meetingSharePercent", equalTo(100.0f))
                .body("competencies[1].code", equalTo("KERJASAMA"))
                .body("competencies[1].averageGap", equalTo(0.5f))
                .body("competencies[2].averageAchieved", equalTo(2.5f))
                .body("competencies[2].averageRequired", equalTo(3.0f))
                .body("competencies[2].meetingSharePercent", equalTo(50.0f));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-map?unitCode=" + unit + "&jobLevel=PENGAWAS")
                .then()
                .statusCode(200)
                .body("count", equalTo(0))
                .body("competencies", hasSize(0));
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/competency-map")
                .then()
                .statusCode(200)
                .body("competencies.code", hasItem("INTEGRITAS"));
    }

    private void seed(UUID id, String nip, String name, ObjectNode result) throws Exception {
        ParticipantSnapshot p = mapper.readValue(
                participant(id, 1, nip, name, "ADMINISTRATOR", unit).json(), ParticipantSnapshot.class);
        ResultFinalizedPayload r = mapper.treeToValue(result, ResultFinalizedPayload.class);
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.onParticipant(p, UUID.randomUUID().toString());
            profiles.onResult(r, UUID.randomUUID().toString());
        });
    }
}
