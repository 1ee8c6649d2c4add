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
import static org.hamcrest.Matchers.nullValue;

import id.talenta.assessment.Fixtures;
import id.talenta.chassis.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every state change is in the audit trail: who, what changed (before/after), why, correlation id. */
@QuarkusTest
class AuditedChangesTest {

    static final String AUDIT = "/api/v1/audit";

    @Inject
    AgroalDataSource db;

    @BeforeEach
    void consumerIsLive() {
        Fixtures.awaitConsumerLive(db);
    }

    /** A JSON number of that value, whatever its scale (the audit trail stores jsonb). */
    static Matcher<Object> number(double value) {
        return new CustomTypeSafeMatcher<>("the number " + value) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof Number n && n.doubleValue() == value;
            }
        };
    }

    @Test
    void aResultRevisionIsAuditedWithItsActorChangedFieldsAndReason() {
        Fixtures.Finalized f = Fixtures.finalizedParticipant(db);
        String resultId = asAssessor(f.leadId())
                .header("X-Correlation-Id", "corr-revise-1")
                .body("""
                {"finalizedBy": "%s", "reason": "Salah input pada berita acara",
                 "overrides": [{"competency": "INTEGRITAS", "level": 4.0, "reason": "Sesuai berita acara"}]}""".formatted(f.leadId()))
                .post(resultPath(f.eventId(), f.participantId()) + "/revisions")
                .then()
                .statusCode(200)
                .extract()
                .path("resultId");

        given().auth()
                .oauth2(TestTokens.forRole("talent-committee"))
                .queryParam("entityType", "assessment-result")
                .queryParam("entityId", resultId)
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.action", contains("REVISE", "FINALIZE"))
                .body("items[0].actor", equalTo("assessor-" + f.leadId()))
                .body("items[0].actorRoles", contains("assessor"))
                .body("items[0].reason", equalTo("Salah input pada berita acara"))
                .body("items[0].correlationId", equalTo("corr-revise-1"))
                .body("items[0].changedFields", hasItems("revision", "finalLevels", "overrideReasons"))
                .body("items[0].before.revision", equalTo(1))
                .body("items[0].after.revision", equalTo(2))
                .body("items[0].before.finalLevels.INTEGRITAS", number(3.5))
                .body("items[0].after.finalLevels.INTEGRITAS", number(4.0))
                .body("items[0].after.overrideReasons.INTEGRITAS", equalTo("Sesuai berita acara"))
                .body("items[1].before", nullValue())
                .body("items[1].after.participantId", equalTo(f.participantId().toString()));
    }

    @Test
    void aReRatingKeepsOnlyTheChangedCompetenciesAndAnEventTransitionItsStatus() {
        String event = Fixtures.startedEvent();
        String assessor = Fixtures.assignedAssessor(event, false);
        var person = Fixtures.participant(db, Fixtures.randomNip(), "ADMINISTRATOR");
        Fixtures.enroll(event, "ADM", person);
        asAssessor(assessor)
                .body(ratingsJson(
                        assessor,
                        List.of(new String[] {"INTEGRITAS", "2"}, new String[] {"PENGELOLAAN_KEUANGAN", "3"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200);
        asAssessor(assessor)
                .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", "3.5"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200);

        String admin = TestTokens.forRole("admin");
        given().auth()
                .oauth2(admin)
                .queryParam("entityType", "rating")
                .queryParam("entityId", event + "/" + person + "/INTERVIEW/" + assessor)
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items.action", contains("RATE", "RATE"))
                .body("items[0].changedFields", contains("INTEGRITAS"))
                .body("items[0].before.INTEGRITAS.level", number(2.0))
                .body("items[0].after.INTEGRITAS.level", number(3.5));
        given().auth()
                .oauth2(admin)
                .queryParam("entityType", "assessment-event")
                .queryParam("entityId", event)
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items.action", contains("START", "CREATE"))
                .body("items[0].actor", equalTo("test-hr-officer"))
                .body("items[0].before.status", equalTo("PLANNED"))
                .body("items[0].after.status", equalTo("IN_PROGRESS"));
        given().auth()
                .oauth2(admin)
                .queryParam("entityType", "enrollment")
                .queryParam("entityId", event + "/" + person)
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("ENROLL"))
                .body("items[0].after.groupCode", equalTo("ADM"));
        given().auth()
                .oauth2(admin)
                .queryParam("entityType", "participant-replica")
                .queryParam("entityId", person.toString())
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items[0].action", equalTo("REPLICATE"))
                .body("items[0].actor", equalTo("system:assessment-service"))
                .body("items[0].after.jobLevel", equalTo("ADMINISTRATOR"))
                .body("items[0].after.fullName", nullValue());
        as("hr-officer").get(AUDIT).then().statusCode(403);
    }
}
