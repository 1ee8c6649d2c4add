package id.talenta.participant.national;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.moreThanOrExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static id.talenta.participant.Fixtures.HR;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(NationalAsnWireMock.class)
class NationalSyncTest {

    static final String PATH = "/apisiasn/1.0/pns/data-utama/";
    static final String SSO = "/auth/realms/public-siasn/protocol/openid-connect/token";

    private static String record(String nip, String unit, String nama) {
        String dob = nip.substring(6, 8) + "-" + nip.substring(4, 6) + "-" + nip.substring(0, 4);
        return "{\"code\": 1, \"data\": {\"id\": \"A8ACA7F1\", \"nipBaru\": \"" + nip
                + "\", \"nipLama\": null, \"nama\": \"" + nama
                + "\", \"gelarDepan\": \"Ir.\", \"gelarBelakang\": \"M.T.\", \"tglLahir\": \"" + dob
                + "\", \"golRuangAkhirId\": \"42\", \"jenisJabatanId\": 1, \"eselonId\": \"22\", "
                + "\"jabatanNama\": \"Kepala Dinas Pekerjaan Umum\", \"unorId\": \"" + unit
                + "\", \"kedudukanPnsId\": \"01\"}}";
    }

    @Test
    void syncUpsertsKnownRecordsRetriesTransientFailuresAndReportsUnknownAndSlowOnesAsRowErrors() {
        var wm = NationalAsnWireMock.server;
        String unit = Fixtures.unit();
        String known = Fixtures.nip();
        String flaky = Fixtures.nip();
        String unknown = Fixtures.nip();
        String slow = Fixtures.nip();
        // The API manager's token: client credentials with the consumer key and secret in HTTP Basic.
        wm.stubFor(post(urlEqualTo("/oauth2/token"))
                .withBasicAuth("talenta-test", "s3cret")
                .withRequestBody(containing("grant_type=client_credentials"))
                .willReturn(okJson("{\"access_token\": \"tok-1\", \"token_type\": \"Bearer\", \"expires_in\": 300}")));
        // The SSO token (Keycloak realm public-siasn), by the password grant fallback.
        wm.stubFor(post(urlEqualTo(SSO))
                .withRequestBody(containing("grant_type=password"))
                .withRequestBody(containing("username=operator"))
                .withRequestBody(containing("client_id=siasn-client"))
                .willReturn(okJson("{\"access_token\": \"sso-1\", \"expires_in\": 43200}")));
        wm.stubFor(get(urlEqualTo(PATH + known))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withHeader("Auth", equalTo("bearer sso-1"))
                .willReturn(okJson(record(known, unit, "Budi Santoso"))));
        wm.stubFor(get(urlEqualTo(PATH + flaky))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("token refused"));
        // A token the service no longer accepts: both tokens are dropped and fetched again before the retry.
        wm.stubFor(get(urlEqualTo(PATH + flaky))
                .inScenario("flaky")
                .whenScenarioStateIs("token refused")
                .willReturn(aResponse().withStatus(401).withBody("{\"code\": 0, \"message\": \"Token SSO mismatch\"}"))
                .willSetStateTo("recovered"));
        wm.stubFor(get(urlEqualTo(PATH + flaky))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(okJson(record(flaky, unit, "Rina Kartika"))));
        wm.stubFor(get(urlEqualTo(PATH + unknown))
                .willReturn(aResponse().withStatus(404).withBody("{\"code\": 0, \"data\": \"Data tidak ditemukan\"}")));
        wm.stubFor(get(urlEqualTo(PATH + slow))
                .willReturn(okJson(record(slow, unit, "Lambat")).withFixedDelay(4000)));

        String location = given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("nips", List.of(known, flaky, unknown, slow, "123")))
                .post("/api/v1/national-sync")
                .then()
                .statusCode(202)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/participant-imports/"))
                .extract()
                .header("Location");
        Fixtures.awaitJob(location)
                .body("status", org.hamcrest.Matchers.equalTo("COMPLETED"))
                .body("kind", org.hamcrest.Matchers.equalTo("NATIONAL_SYNC"))
                .body("created", org.hamcrest.Matchers.equalTo(2))
                .body("rejected", org.hamcrest.Matchers.equalTo(3));
        given().auth()
                .oauth2(HR)
                .get(location + "/errors")
                .then()
                .statusCode(200)
                .body("items.row", contains(3, 4, 5))
                .body(
                        "items[0].message",
                        org.hamcrest.Matchers.equalTo("NIP " + unknown + " is not known to the national ASN service"))
                .body(
                        "items[1].message",
                        org.hamcrest.Matchers.equalTo("the national ASN service did not answer in time"))
                .body("items[2].message", endsWith("got \"123\""));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + known)
                .then()
                .statusCode(200)
                .body("fullName", org.hamcrest.Matchers.equalTo("Budi Santoso"))
                .body("jobLevel", org.hamcrest.Matchers.equalTo("JPT_PRATAMA"))
                .body("rank", org.hamcrest.Matchers.equalTo("IV/b"))
                .body("frontTitle", org.hamcrest.Matchers.equalTo("Ir."))
                .body("unitCode", org.hamcrest.Matchers.equalTo(unit));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + flaky)
                .then()
                .statusCode(200)
                .body("fullName", org.hamcrest.Matchers.equalTo("Rina Kartika"));
        wm.verify(3, getRequestedFor(urlEqualTo(PATH + flaky)));
        wm.verify(moreThanOrExactly(2), postRequestedFor(urlEqualTo(SSO)));
        wm.verify(moreThanOrExactly(2), postRequestedFor(urlEqualTo("/oauth2/token")));
    }

    @Test
    void syncNeedsNipsAndAWriteOrIntegrationRole() {
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("nips", List.of()))
                .post("/api/v1/national-sync")
                .then()
                .statusCode(400);
        given().auth()
                .oauth2(TestTokens.employee("196608011988031001"))
                .contentType(ContentType.JSON)
                .body(Map.of("nips", List.of("196608011988031001")))
                .post("/api/v1/national-sync")
                .then()
                .statusCode(403);
    }
}
