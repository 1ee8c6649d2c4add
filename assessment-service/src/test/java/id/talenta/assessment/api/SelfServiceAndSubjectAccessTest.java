package id.talenta.assessment.api;

import static id.talenta.assessment.Fixtures.as;
import static id.talenta.assessment.Fixtures.asAssessor;
import static id.talenta.assessment.Fixtures.ratingPath;
import static id.talenta.assessment.Fixtures.ratingsJson;
import static id.talenta.assessment.Fixtures.resultPath;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.assessment.Fixtures;
import id.talenta.chassis.testing.OpenApiSecurityContract;
import id.talenta.chassis.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Employees reach only their own data (404 otherwise); the subject access export holds everything about a person. */
@QuarkusTest
class SelfServiceAndSubjectAccessTest {

    static final String EXPORT = "/api/v1/subject-access/";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void consumerIsLive() {
        Fixtures.awaitConsumerLive(db);
    }

    @Test
    void anEmployeeReadsTheirOwnFinalizedResultAndNobodyElses() {
        Fixtures.Finalized mine = Fixtures.finalizedParticipant(db);
        String me = TestTokens.employee(mine.nip());
        given().auth()
                .oauth2(me)
                .get(resultPath(mine.eventId(), mine.participantId()))
                .then()
                .statusCode(200)
                .body("status", equalTo("FINALIZED"))
                .body("nip", equalTo(mine.nip()));

        // Someone else's result, enrolled in the same event: 404, exactly like a participant that does not exist.
        UUID colleague = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(mine.eventId(), "ADM", colleague);
        String otherDetail = given().auth()
                .oauth2(me)
                .get(resultPath(mine.eventId(), colleague))
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .extract()
                .path("detail");
        UUID nobody = UUID.randomUUID();
        String nobodyDetail = given().auth()
                .oauth2(me)
                .get(resultPath(mine.eventId(), nobody))
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        org.junit.jupiter.api.Assertions.assertEquals(
                otherDetail.replace(colleague.toString(), "X"), nobodyDetail.replace(nobody.toString(), "X"));

        // The colleague's own DRAFT result is not theirs to see yet.
        String colleagueNip = Fixtures.replicaNipUnchecked(db, colleague);
        given().auth()
                .oauth2(TestTokens.employee(colleagueNip))
                .get(resultPath(mine.eventId(), colleague))
                .then()
                .statusCode(404);
        // Without a nip claim an employee reaches nothing.
        given().auth()
                .oauth2(TestTokens.forRole("employee"))
                .get(resultPath(mine.eventId(), mine.participantId()))
                .then()
                .statusCode(404);
    }

    @Test
    void anEmployeeTokenAsTheIdentityProviderIssuesItSeesExactlyWhatAPlainOneSees() throws Exception {
        Fixtures.Finalized mine = Fixtures.finalizedParticipant(db);
        UUID colleague = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(mine.eventId(), "ADM", colleague);
        // Keycloak adds offline_access, uma_authorization and default-roles-talenta to the groups
        String provider = TestTokens.providerEmployee(mine.nip());
        given().auth()
                .oauth2(provider)
                .get(resultPath(mine.eventId(), mine.participantId()))
                .then()
                .statusCode(200)
                .body("nip", equalTo(mine.nip()));
        given().auth()
                .oauth2(provider)
                .get(resultPath(mine.eventId(), colleague))
                .then()
                .statusCode(404);
        given().auth().oauth2(provider).get(EXPORT + colleague).then().statusCode(404);
        // An assessor who is also an employee reads results as an assessor, but a subject access export (not an
        // assessor operation) only of themselves.
        String assessorToo = TestTokens.withProviderGroups(mine.nip(), "employee", "assessor");
        given().auth().oauth2(assessorToo).get(EXPORT + colleague).then().statusCode(404);
        given().auth()
                .oauth2(assessorToo)
                .get(EXPORT + mine.participantId())
                .then()
                .statusCode(200)
                .body("replica.nip", equalTo(mine.nip()));

        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"),
                        Map.of("id", mine.eventId(), "participantId", colleague.toString()),
                        mine.nip()));
        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"),
                        Map.of(
                                "id",
                                mine.eventId(),
                                "participantId",
                                mine.participantId().toString()),
                        mine.nip()));
    }

    @Test
    void theSubjectAccessExportHoldsEverythingAboutThePerson() {
        Fixtures.Finalized f = Fixtures.finalizedParticipant(db);
        asAssessor(f.leadId())
                .body("""
                {"finalizedBy": "%s", "reason": "Salah input", "overrides": [{"competency": "KOMUNIKASI", "level": 3.5,
                 "reason": "Sesuai berita acara"}]}""".formatted(f.leadId()))
                .post(resultPath(f.eventId(), f.participantId()) + "/revisions")
                .then()
                .statusCode(200);

        as("hr-officer")
                .get(EXPORT + f.participantId())
                .then()
                .statusCode(200)
                .body("participantId", equalTo(f.participantId().toString()))
                .body("service", equalTo("assessment-service"))
                .body("replica.nip", equalTo(f.nip()))
                .body("replica.jobLevel", equalTo("ADMINISTRATOR"))
                .body("enrollments", hasSize(1))
                .body("enrollments[0].eventId", equalTo(f.eventId()))
                .body("enrollments[0].groupCode", equalTo("ADM"))
                .body("ratings", hasSize(4))
                .body("ratings.find { it.method == 'INTERVIEW' && it.competency == 'INTEGRITAS' }.history", hasSize(1))
                .body("ratings[0].assessorId", equalTo(f.leadId()))
                .body("results", hasSize(1))
                .body("results[0].revision", equalTo(2))
                .body("results[0].revisions.revision", contains(1, 2))
                .body("results[0].revisions[1].reason", equalTo("Salah input"))
                .body("results[0].revisions[1].competencies.find { it.code == 'KOMUNIKASI' }.level", equalTo(3.5f))
                .body("audit.action", hasItems("REPLICATE", "ENROLL", "RATE", "FINALIZE", "REVISE"))
                .body("generatedAt", notNullValue());

        // The export itself is audited.
        as("admin")
                .queryParam("entityType", "participant")
                .queryParam("entityId", f.participantId().toString())
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("EXPORT"))
                .body("items[0].actor", equalTo("test-hr-officer"));
    }

    @Test
    void ratingHistoryAndPotentialAppearInTheExport() {
        String event = Fixtures.startedEvent();
        String assessor = Fixtures.assignedAssessor(event, false);
        UUID person = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(event, "ADM", person);
        for (String level : List.of("2", "3.5")) {
            asAssessor(assessor)
                    .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", level})))
                    .put(ratingPath(event, person, "INTERVIEW"))
                    .then()
                    .statusCode(200);
        }
        asAssessor(assessor)
                .body(AssessmentFlowTest.potentialJson(assessor))
                .put(resultPath(event, person).replace("/result", "/potential"))
                .then()
                .statusCode(200);
        as("admin")
                .get(EXPORT + person)
                .then()
                .statusCode(200)
                .body("ratings", hasSize(1))
                .body("ratings[0].level", equalTo(3.5f))
                .body("ratings[0].history.level", contains(2.0f, 3.5f))
                .body("potential", hasSize(8))
                .body("potential[0].aspect", equalTo("INTELLECTUAL_ABILITY"))
                .body("results", hasSize(0));
    }

    @Test
    void anEmployeeExportsOnlyThemselvesAndUnknownPeopleAre404() {
        UUID person = Fixtures.participant(db, Fixtures.randomNip(), "PELAKSANA");
        String nip = Fixtures.replicaNipUnchecked(db, person);
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get(EXPORT + person)
                .then()
                .statusCode(200)
                .body("replica.nip", equalTo(nip))
                .body("enrollments", hasSize(0));
        UUID other = Fixtures.participant(db, Fixtures.randomNip(), "PELAKSANA");
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get(EXPORT + other)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get(EXPORT + UUID.randomUUID())
                .then()
                .statusCode(404);
        as("admin").get(EXPORT + UUID.randomUUID()).then().statusCode(404);
        as("admin").get(EXPORT + "not-a-uuid").then().statusCode(404);
        as("assessor").get(EXPORT + person).then().statusCode(403);
        as("integration").get(EXPORT + person).then().statusCode(403);
    }
}
