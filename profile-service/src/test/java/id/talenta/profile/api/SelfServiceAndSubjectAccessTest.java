package id.talenta.profile.api;

import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.participant;
import static id.talenta.profile.Fixtures.result;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.testing.OpenApiSecurityContract;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.profile.events.ResultFinalizedPayload;
import id.talenta.profile.profile.ProfileService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An employee reaches only their own data (anyone else's is a 404); the subject access export is complete. */
@QuarkusTest
class SelfServiceAndSubjectAccessTest {

    @Inject
    ProfileService profiles;

    @Inject
    ObjectMapper mapper;

    UUID me;
    String myNip;
    UUID colleague;
    UUID assessment;

    /** Me: two profile versions (result revision 1 and 2); a colleague: one. */
    @BeforeEach
    void meAndAColleague() throws Exception {
        me = UUID.randomUUID();
        myNip = newNip();
        assessment = UUID.randomUUID();
        colleague = UUID.randomUUID();
        seed(me, myNip, result(me, myNip, assessment, 1, "PENGAWAS", "SELF", "1"));
        seed(me, myNip, result(me, myNip, assessment, 2, "PENGAWAS", "SELF", "2"));
        String theirNip = newNip();
        seed(colleague, theirNip, result(colleague, theirNip, UUID.randomUUID(), 1, "PENGAWAS", "SELF", "2"));
    }

    @Test
    void anEmployeeReadsTheirOwnProfileHistoryFitAndExport() {
        String mine = TestTokens.employee(myNip);
        given().auth()
                .oauth2(mine)
                .get("/api/v1/profiles/" + me)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        given().auth()
                .oauth2(mine)
                .get("/api/v1/profiles/" + me + "/history")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2));
        given().auth()
                .oauth2(mine)
                .get("/api/v1/profiles/" + me + "/fit?jobLevel=ADMINISTRATOR")
                .then()
                .statusCode(200)
                .body("jobLevel", equalTo("ADMINISTRATOR"));
        given().auth()
                .oauth2(mine)
                .get("/api/v1/subject-access/" + me)
                .then()
                .statusCode(200)
                .body("participantReplica.nip", equalTo(myNip));
    }

    @Test
    void anEmployeeTokenAsTheIdentityProviderIssuesItSeesExactlyWhatAPlainOneSees() throws Exception {
        // Keycloak adds offline_access, uma_authorization and default-roles-talenta to the groups
        String provider = TestTokens.providerEmployee(myNip);
        for (String path : List.of(
                "/api/v1/profiles/" + colleague,
                "/api/v1/profiles/" + colleague + "/history",
                "/api/v1/profiles/" + colleague + "/fit?jobLevel=ADMINISTRATOR",
                "/api/v1/subject-access/" + colleague)) {
            given().auth().oauth2(provider).get(path).then().statusCode(404);
            // nor does a staff role the operation does not admit widen it (an assessor who is also an employee)
            given().auth()
                    .oauth2(TestTokens.withProviderGroups(myNip, "employee", "assessor"))
                    .get(path)
                    .then()
                    .statusCode(404);
        }
        given().auth()
                .oauth2(provider)
                .get("/api/v1/profiles/" + me)
                .then()
                .statusCode(200)
                .body("revision", equalTo(2));
        // a committee member reads a colleague's profile as a committee member, not their subject access export
        String member = TestTokens.withProviderGroups(myNip, "employee", "talent-committee");
        given().auth()
                .oauth2(member)
                .get("/api/v1/profiles/" + colleague)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(member)
                .get("/api/v1/subject-access/" + colleague)
                .then()
                .statusCode(404);

        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"), Map.of("participantId", colleague.toString()), myNip));
        assertEquals(
                List.of(),
                OpenApiSecurityContract.selfServiceViolations(
                        p -> p.startsWith("/api/"), Map.of("participantId", me.toString()), myNip));
    }

    @Test
    void anyoneElsesDataDoesNotExistForAnEmployee() {
        String mine = TestTokens.employee(myNip);
        for (String path : List.of(
                "/api/v1/profiles/" + colleague,
                "/api/v1/profiles/" + colleague + "/history",
                "/api/v1/profiles/" + colleague + "/fit?jobLevel=ADMINISTRATOR",
                "/api/v1/subject-access/" + colleague,
                "/api/v1/profiles/" + UUID.randomUUID(),
                "/api/v1/subject-access/" + UUID.randomUUID())) {
            given().auth().oauth2(mine).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        // an employee token without a nip claim sees nothing at all
        given().auth()
                .oauth2(TestTokens.forRole("employee"))
                .get("/api/v1/profiles/" + me)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.forRole("employee"))
                .get("/api/v1/subject-access/" + me)
                .then()
                .statusCode(404);
        // organisation-wide reads are not self-service at all
        for (String path : List.of(
                "/api/v1/profiles?unitCode=SELF",
                "/api/v1/competency-map?unitCode=SELF",
                "/api/v1/competency-frameworks",
                "/api/v1/audit?entityId=" + colleague)) {
            given().auth().oauth2(mine).get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void theSubjectAccessExportHoldsEverythingThisServiceKeepsAboutThePerson() {
        given().auth()
                .oauth2(TestTokens.forRole("hr-officer"))
                .get("/api/v1/subject-access/" + me)
                .then()
                .statusCode(200)
                .body("participantId", equalTo(me.toString()))
                .body("service", equalTo("profile-service"))
                .body("participantReplica.fullName", equalTo("Peserta Sendiri"))
                .body("participantReplica.jobLevel", equalTo("PENGAWAS"))
                .body("participantReplica.revision", equalTo(1))
                .body("latestProfile.revision", equalTo(2))
                .body("latestProfile.fitByJobLevel.size()", equalTo(14))
                .body("latestProfile.explanation", notNullValue())
                .body("latestAssessmentInput.competencies", hasSize(9))
                .body("profileVersions", hasSize(2))
                .body("profileVersions[0].revision", equalTo(1))
                .body("profileVersions[0].reason", equalTo("ASSESSMENT"))
                .body("profileVersions[0].explanation.summary", notNullValue())
                .body("profileVersions[1].reason", equalTo("RESULT_REVISION"))
                .body("resultRevisionsReceived", hasSize(1))
                .body("resultRevisionsReceived[0].assessmentEventId", equalTo(assessment.toString()))
                .body("resultRevisionsReceived[0].resultRevision", equalTo(2))
                .body("processingHistory.action", hasItems("REPLICATE", "COMPUTE"));
        // handing the export out is itself audited
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/audit?entityType=subject-access&entityId=" + me)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("EXPORT"))
                .body("items[0].after.profileVersions", equalTo(2));
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/subject-access/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/subject-access/not-a-uuid")
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .get("/api/v1/subject-access/" + me)
                .then()
                .statusCode(403);
    }

    private void seed(UUID id, String nip, com.fasterxml.jackson.databind.node.ObjectNode result) throws Exception {
        ParticipantSnapshot p = mapper.readValue(
                participant(id, 1, nip, "Peserta Sendiri", "PENGAWAS", "SELF").json(), ParticipantSnapshot.class);
        ResultFinalizedPayload r = mapper.treeToValue(result, ResultFinalizedPayload.class);
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.onParticipant(p, UUID.randomUUID().toString());
            profiles.onResult(r, UUID.randomUUID().toString());
        });
    }
}
