package id.talenta.participant.privacy;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import com.github.tomakehurst.wiremock.client.WireMock;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OtherServicesWireMock.class)
class SubjectAccessExportTest {

    private static String section(String service, String participantId, String data) {
        return "{\"service\": \"" + service + "\", \"participantId\": \"" + participantId
                + "\", \"generatedAt\": \"2025-05-14T03:00:00Z\", \"status\": \"OK\", \"data\": " + data + "}";
    }

    /** Answers only when the caller's token is forwarded; anything else falls through to WireMock's 404. */
    private static void stub(String prefix, String token, String participantId, String body) {
        OtherServicesWireMock.server.stubFor(get(urlEqualTo(prefix + "/api/v1/subject-access/" + participantId))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .willReturn(okJson(body)));
    }

    @Test
    void theExportGathersEveryServiceAndMarksAFailingOneUnavailable() {
        String nip = Fixtures.nip();
        String id = Fixtures.register(nip, Fixtures.unit());
        stub(
                "/assessment",
                HR,
                id,
                section("assessment-service", id, "{\"results\": [{\"resultId\": \"r-1\", \"revision\": 1}]}"));
        stub("/profile", HR, id, section("profile-service", id, "{\"profiles\": [{\"revision\": 1, \"jpm\": 0.82}]}"));
        OtherServicesWireMock.server.stubFor(get(urlEqualTo("/talent/api/v1/subject-access/" + id))
                .willReturn(aResponse().withStatus(503)));

        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/" + id + "/export")
                .then()
                .statusCode(200)
                .body("participantId", equalTo(id))
                .body("requestedBy", equalTo("test-hr-officer"))
                .body("complete", equalTo(false))
                .body(
                        "sections.keySet()",
                        contains("participant-service", "assessment-service", "profile-service", "talent-pool-service"))
                .body("sections.participant-service.status", equalTo("OK"))
                .body("sections.participant-service.data.participant.nip", equalTo(nip))
                .body("sections.participant-service.data.history[0].changeType", equalTo("REGISTERED"))
                .body("sections.assessment-service.status", equalTo("OK"))
                .body("sections.assessment-service.data.results[0].resultId", equalTo("r-1"))
                .body("sections.profile-service.data.profiles[0].jpm", equalTo(0.82f))
                .body("sections.talent-pool-service.status", equalTo("UNAVAILABLE"))
                .body("sections.talent-pool-service.detail", containsString("HTTP 503"));

        // the export is a disclosure of personal data: it is on the audit trail
        given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .queryParam("entityType", "subject-access")
                .queryParam("entityId", id)
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("EXPORT"))
                .body("items[0].reason", containsString("incomplete"));
    }

    @Test
    void anEmployeeExportsTheirOwnDataWithTheirOwnTokenForwardedAndNobodyElses() {
        String nip = Fixtures.nip();
        String id = Fixtures.register(nip, Fixtures.unit());
        String employee = TestTokens.employee(nip);
        stub("/assessment", employee, id, section("assessment-service", id, "{}"));
        stub("/profile", employee, id, section("profile-service", id, "{}"));
        stub("/talent", employee, id, section("talent-pool-service", id, "{}"));
        given().auth()
                .oauth2(employee)
                .get("/api/v1/participants/" + id + "/export")
                .then()
                .statusCode(200)
                .body("complete", equalTo(true))
                .body("sections.talent-pool-service.status", equalTo("OK"))
                .body("sections.participant-service.data.participant.nip", equalTo(nip));

        String other = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        given().auth()
                .oauth2(employee)
                .get("/api/v1/participants/" + other + "/export")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aSlowServiceBecomesUnavailableInsteadOfHoldingTheExport() {
        String id = Fixtures.register(Fixtures.nip(), Fixtures.unit());
        stub("/assessment", HR, id, section("assessment-service", id, "{}"));
        stub("/profile", HR, id, section("profile-service", id, "{}"));
        OtherServicesWireMock.server.stubFor(get(urlEqualTo("/talent/api/v1/subject-access/" + id))
                .willReturn(okJson(section("talent-pool-service", id, "{}")).withFixedDelay(4000)));
        long start = System.nanoTime();
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/" + id + "/export")
                .then()
                .statusCode(200)
                .body("sections.talent-pool-service.status", equalTo("UNAVAILABLE"))
                .body("sections.talent-pool-service.detail", containsString("did not answer in time"))
                .body("sections.assessment-service.status", equalTo("OK"));
        org.junit.jupiter.api.Assertions.assertTrue(
                (System.nanoTime() - start) / 1_000_000 < 3500,
                "the export waits about the read timeout, not the slow service");
    }

    @Test
    void thisServicesOwnSectionHasTheSharedShape() {
        String nip = Fixtures.nip();
        String id = Fixtures.register(nip, Fixtures.unit());
        given().auth()
                .oauth2(HR)
                .get("/api/v1/subject-access/" + id)
                .then()
                .statusCode(200)
                .body("service", equalTo("participant-service"))
                .body("participantId", equalTo(id))
                .body("status", equalTo("OK"))
                .body("generatedAt", not(equalTo(null)))
                .body("data", hasKey("participant"))
                .body("data.history.revision", contains(1));
        given().auth()
                .oauth2(TestTokens.employee(nip))
                .get("/api/v1/subject-access/" + id)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(TestTokens.employee(Fixtures.nip()))
                .get("/api/v1/subject-access/" + id)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(TestTokens.forRole("assessor"))
                .get("/api/v1/subject-access/" + id)
                .then()
                .statusCode(403);
    }
}
