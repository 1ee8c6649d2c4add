package id.talenta.profile.profile;

import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.participant;
import static id.talenta.profile.Fixtures.result;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.profile.Fixtures;
import id.talenta.profile.events.ResultFinalizedPayload;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** An assessment result counts for the framework's validity (default 36 months from the assessment date). */
@QuarkusTest
class AssessmentValidityTest {

    static final String HR = TestTokens.forRole("hr-officer");

    @Inject
    ProfileService profiles;

    @Inject
    ExpiryCheck check;

    @Inject
    ObjectMapper mapper;

    private UUID seed(String assessmentDate) throws Exception {
        UUID id = UUID.randomUUID();
        String nip = newNip();
        ObjectNode r = result(id, nip, UUID.randomUUID(), 1, "PENGAWAS", "VALID", "2");
        r.put("assessmentDate", assessmentDate);
        ParticipantSnapshot p = mapper.readValue(
                participant(id, 1, nip, "Peserta Valid", "PENGAWAS", "VALID").json(), ParticipantSnapshot.class);
        ResultFinalizedPayload f = mapper.treeToValue(r, ResultFinalizedPayload.class);
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.onParticipant(p, UUID.randomUUID().toString());
            profiles.onResult(f, UUID.randomUUID().toString());
        });
        return id;
    }

    @Test
    void aProfileIsValidForThirtySixMonthsFromTheAssessmentDateAndTheDailyCheckMarksItExpired() throws Exception {
        // assessed 2031-03-01: valid through 2034-02-28 (a date no other test's profile reaches)
        UUID id = seed("2031-03-01");
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + id)
                .then()
                .statusCode(200)
                .body("validUntil", equalTo("2034-02-28"))
                .body("expired", equalTo(false))
                .body("validity", containsString("valid until 2034-02-28 (framework validity 36 months)"));

        // on its last day it still counts
        check.run(LocalDate.of(2034, 2, 28));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + id)
                .then()
                .body("revision", equalTo(1))
                .body("expired", equalTo(false));

        try (KafkaProbe probe = new KafkaProbe(Fixtures.PROFILES_TOPIC)) {
            assertTrue(check.run(LocalDate.of(2034, 3, 1)) >= 1);
            ConsumerRecord<String, String> published = probe
                    .pollUntil(rs -> rs.stream().anyMatch(x -> x.key().equals(id.toString())), Duration.ofSeconds(20))
                    .stream()
                    .filter(x -> x.key().equals(id.toString()))
                    .findFirst()
                    .orElseThrow();
            EventSchemas.assertValid("profile.computed", published.value());
            JsonNode event = mapper.readTree(published.value());
            assertEquals("EXPIRY", event.get("reason").asText());
            assertTrue(event.get("expired").asBoolean());
            assertEquals(2, event.get("revision").asInt());
        }
        // a new version that only marks it: same values, history kept
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + id)
                .then()
                .body("revision", equalTo(2))
                .body("expired", equalTo(true))
                .body("reason", equalTo("EXPIRY"))
                .body("jpm", equalTo(100.0f))
                .body("validity", containsString("EXPIRED after 2034-02-28"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + id + "/history")
                .then()
                .body("totalItems", equalTo(2));
        // the check is idempotent: nothing more to expire for that day
        check.run(LocalDate.of(2034, 3, 1));
        given().auth().oauth2(HR).get("/api/v1/profiles/" + id).then().body("revision", equalTo(2));
    }

    @Test
    void aResultAssessedLongAgoIsExpiredFromItsFirstProfile() throws Exception {
        UUID id = seed("2020-01-15");
        given().auth()
                .oauth2(HR)
                .get("/api/v1/profiles/" + id)
                .then()
                .statusCode(200)
                .body("validUntil", equalTo("2023-01-14"))
                .body("expired", equalTo(true))
                .body("reason", equalTo("ASSESSMENT"));
    }
}
