package id.talenta.profile.api;

import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.participant;
import static id.talenta.profile.Fixtures.result;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every state change leaves an audit entry: who, what (changed fields before/after), why, in the same transaction. */
@QuarkusTest
class AuditTest {

    static final String COMMITTEE = TestTokens.forRole("talent-committee");

    @Inject
    ProfileService profiles;

    @Inject
    ObjectMapper mapper;

    @Test
    void creatingAFrameworkIsAuditedWithTheOfficerAndTheNewVersion() throws Exception {
        String active = given().auth()
                .oauth2(TestTokens.forRole("admin"))
                .get("/api/v1/competency-frameworks/active")
                .asString();
        ObjectNode body = (ObjectNode) mapper.readTree(active);
        List.of("version", "status", "createdAt", "createdBy", "activatedAt").forEach(body::remove);
        body.put("name", "Audited draft");
        int version = given().auth()
                .oauth2(TestTokens.forRoles("officer-17", "admin"))
                .header("X-Correlation-Id", "audit-corr-1")
                .contentType("application/json")
                .body(body.toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("version");

        given().auth()
                .oauth2(COMMITTEE)
                .get("/api/v1/audit?entityType=competency-framework&entityId=" + version)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items[0].actor", equalTo("officer-17"))
                .body("items[0].actorRoles", contains("admin"))
                .body("items[0].action", equalTo("CREATE"))
                .body("items[0].changedFields", hasItems("version", "status", "name"))
                .body("items[0].before", nullValue())
                .body("items[0].after.status", equalTo("DRAFT"))
                .body("items[0].after.name", equalTo("Audited draft"))
                .body("items[0].correlationId", equalTo("audit-corr-1"));
    }

    @Test
    void eventDrivenChangesAreAuditedAsTheServiceWithTheReasonAndOnlyTheChangedFields() throws Exception {
        UUID id = UUID.randomUUID();
        String nip = newNip();
        ParticipantSnapshot registered = mapper.readValue(
                participant(id, 1, nip, "Rina Audit", "PENGAWAS", "AUDIT-A").json(), ParticipantSnapshot.class);
        ParticipantSnapshot promoted = mapper.readValue(
                participant(id, 2, nip, "Rina Audit", "ADMINISTRATOR", "AUDIT-A")
                        .json(),
                ParticipantSnapshot.class);
        ResultFinalizedPayload r = mapper.treeToValue(
                result(id, nip, UUID.randomUUID(), 1, "PENGAWAS", "AUDIT-A", "2"), ResultFinalizedPayload.class);
        QuarkusTransaction.requiringNew().run(() -> {
            profiles.onParticipant(registered, UUID.randomUUID().toString());
            profiles.onResult(r, UUID.randomUUID().toString());
        });
        QuarkusTransaction.requiringNew()
                .run(() -> profiles.onParticipant(promoted, UUID.randomUUID().toString()));

        given().auth()
                .oauth2(COMMITTEE)
                .get("/api/v1/audit?entityType=profile&entityId=" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                // newest first: the job-level change recomputed the profile
                .body("items[0].actor", equalTo("system:profile-service"))
                .body("items[0].action", equalTo("COMPUTE"))
                .body("items[0].reason", equalTo("JOB_LEVEL_CHANGE"))
                .body("items[0].changedFields", hasItems("revision", "jobLevel", "jpm"))
                .body("items[0].changedFields", not(hasItems("unitCode", "resultId")))
                .body("items[0].before.jobLevel", equalTo("PENGAWAS"))
                .body("items[0].after.jobLevel", equalTo("ADMINISTRATOR"))
                .body("items[0].after.revision", equalTo(2))
                .body("items[0].after.unitCode", nullValue())
                .body("items[1].reason", equalTo("ASSESSMENT"))
                .body("items[1].before", nullValue())
                .body("items[1].after.jpm.floatValue()", equalTo(100.0f))
                .body("items[1].after.resultId", equalTo(r.resultId().toString()));
        given().auth()
                .oauth2(COMMITTEE)
                .get("/api/v1/audit?entityType=participant-replica&entityId=" + id)
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("REPLICATE"))
                .body("items[0].changedFields", contains("jobLevel", "revision"))
                // names never enter the audit trail; the NIP only as its last four digits
                .body("items[1].after.fullName", nullValue())
                .body("items[1].after.nip", nullValue())
                .body("items[1].after.nipEnding", equalTo("…" + nip.substring(nip.length() - 4)));
    }
}
