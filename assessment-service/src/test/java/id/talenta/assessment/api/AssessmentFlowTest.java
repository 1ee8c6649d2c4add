package id.talenta.assessment.api;

import static id.talenta.assessment.Fixtures.as;
import static id.talenta.assessment.Fixtures.asAssessor;
import static id.talenta.assessment.Fixtures.assignedAssessor;
import static id.talenta.assessment.Fixtures.enroll;
import static id.talenta.assessment.Fixtures.participant;
import static id.talenta.assessment.Fixtures.randomNip;
import static id.talenta.assessment.Fixtures.rateAll;
import static id.talenta.assessment.Fixtures.ratingPath;
import static id.talenta.assessment.Fixtures.ratingsJson;
import static id.talenta.assessment.Fixtures.resultPath;
import static id.talenta.assessment.Fixtures.startedEvent;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.assessment.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Enrollment, ratings, integration and results over HTTP, with participants fed through the real topic. */
@QuarkusTest
class AssessmentFlowTest {

    static final String EVENTS = "/api/v1/assessment-events/";

    @Inject
    AgroalDataSource db;

    @org.junit.jupiter.api.BeforeEach
    void consumerIsLive() {
        id.talenta.assessment.Fixtures.awaitConsumerLive(db);
    }

    @Test
    void shouldEnrollEligibleParticipantsAndGiveEachRejectionItsReason() throws Exception {
        String event = startedEvent();
        String adminNip = randomNip();
        UUID administrator = participant(db, adminNip, "ADMINISTRATOR");
        UUID ahliMadya = participant(db, randomNip(), "AHLI_MADYA");
        UUID pelaksana = participant(db, randomNip(), "PELAKSANA");
        UUID pelaksana2 = participant(db, randomNip(), "PELAKSANA");
        UUID inactive = UUID.randomUUID();
        String inactiveNip = randomNip();
        Fixtures.publishParticipant(inactive, 1, inactiveNip, "Pensiunan", "ADMINISTRATOR", "ACTIVE");
        Fixtures.publishParticipant(inactive, 2, inactiveNip, "Pensiunan", "ADMINISTRATOR", "INACTIVE");
        Fixtures.awaitRevision(db, inactive, 2);
        UUID unknown = UUID.randomUUID();

        as("hr-officer")
                .body("""
                {"groupCode": "ADM", "participantIds": ["%s", "%s", "%s", "%s", "%s"]}""".formatted(administrator, unknown, inactive, pelaksana, administrator))
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(1))
                .body("rejected", equalTo(4))
                .body("items.status", contains("ENROLLED", "REJECTED", "REJECTED", "REJECTED", "REJECTED"))
                .body(
                        "items.reason",
                        contains(
                                null,
                                "UNKNOWN_PARTICIPANT",
                                "INACTIVE_PARTICIPANT",
                                "JOB_LEVEL_NOT_ALLOWED",
                                "ALREADY_ENROLLED"))
                .body("items[0].nip", equalTo(adminNip));
        as("hr-officer")
                .body("{\"groupCode\": \"PLK\", \"nips\": [\"%s\", \"%s\", \"%s\", \"%s\"]}"
                        .formatted(
                                Fixtures.replicaNip(db, pelaksana),
                                Fixtures.replicaNip(db, pelaksana2),
                                adminNip,
                                "199001012015011999"))
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(200)
                .body("items.reason", contains(null, "GROUP_FULL", "ALREADY_ENROLLED", "UNKNOWN_PARTICIPANT"))
                .body("items[0].participantId", equalTo(pelaksana.toString()))
                .body("items[3].participantId", nullValue());
        as("hr-officer")
                .body("{\"groupCode\": \"ADM\", \"nips\": [\"%s\"]}".formatted(Fixtures.replicaNip(db, ahliMadya)))
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(200)
                .body("items[0].status", equalTo("ENROLLED"));

        as("integration")
                .queryParam("groupCode", "ADM")
                .get(EVENTS + event + "/enrollments")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.participantId", contains(administrator.toString(), ahliMadya.toString()))
                .body("items[0].jobLevel", equalTo("ADMINISTRATOR"))
                .body("items[0].resultStatus", equalTo("DRAFT"));
        as("integration")
                .queryParam("groupCode", "XYZ")
                .get(EVENTS + event + "/enrollments")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldRejectEnrollmentIntoAnUnknownGroupOrWithoutParticipants() {
        String event = startedEvent();
        as("hr-officer")
                .body("{\"groupCode\": \"NOPE\", \"nips\": [\"196608011988031001\"]}")
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("groupCode"));
        as("hr-officer")
                .body("{\"groupCode\": \"ADM\"}")
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(400);
        as("hr-officer")
                .body("{\"groupCode\": \"ADM\", \"nips\": [\"12345\"]}")
                .post(EVENTS + event + "/enrollments")
                .then()
                .statusCode(400);
    }

    @Test
    void shouldRefuseRatingsThatDoNotFitTheEvent() {
        String event = startedEvent();
        String assessor = assignedAssessor(event, false);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        UUID stranger = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        String ok = ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", "3.5"}));

        asAssessor(assessor)
                .body(ok)
                .put(ratingPath(event, stranger, "INTERVIEW"))
                .then()
                .statusCode(404)
                .body("detail", containsString("not enrolled"));
        asAssessor(assessor)
                .body(ok)
                .put(ratingPath(event, person, "YOGA"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("method"));
        asAssessor(assessor)
                .body(ok)
                .put(ratingPath(event, person, "IN_TRAY"))
                .then()
                .statusCode(400)
                .body("detail", containsString("does not use method IN_TRAY"));
        asAssessor(assessor)
                .body(ratingsJson(assessor, List.<String[]>of(new String[] {"KOMUNIKASI", "3"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("ratings[0].competency"))
                .body("errors[0].message", containsString("does not measure KOMUNIKASI"));
        for (String bad : List.of("5.5", "0.99", "3.125")) {
            asAssessor(assessor)
                    .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", bad})))
                    .put(ratingPath(event, person, "INTERVIEW"))
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("ratings[0].level"));
        }
        asAssessor("0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80")
                .body(ratingsJson(
                        "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80", List.<String[]>of(new String[] {"INTEGRITAS", "3"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(422);
        String outsider = Fixtures.assessor("Bukan Anggota Tim");
        asAssessor(outsider)
                .body(ratingsJson(outsider, List.<String[]>of(new String[] {"INTEGRITAS", "3"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(409)
                .body("detail", containsString("not assigned"));
        as("hr-officer")
                .body(ok)
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(403);
    }

    @Test
    void shouldTakeNoRatingsOutsideInProgress() {
        String event = Fixtures.createEvent(Fixtures.EVENT);
        String assessor = assignedAssessor(event, false);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        asAssessor(assessor)
                .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", "3"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(409)
                .body("detail", containsString("PLANNED"));
    }

    @Test
    void shouldReplaceAReRatingAndKeepTheEarlierOneInHistory() throws Exception {
        String event = startedEvent();
        String assessor = assignedAssessor(event, false);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        asAssessor(assessor)
                .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", "2"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200);
        asAssessor(assessor)
                .body(ratingsJson(assessor, List.<String[]>of(new String[] {"INTEGRITAS", "3.25"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200)
                .body("ratings", hasSize(1))
                .body("ratings[0].level", equalTo(3.25f));

        as("integration")
                .get(resultPath(event, person))
                .then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body(
                        "competencies.find { it.code == 'INTEGRITAS' }.methods.find { it.method == 'INTERVIEW' }.ratings.level",
                        contains(3.25f))
                .body("competencies.find { it.code == 'INTEGRITAS' }.proposal", equalTo(3.5f));
        assertEquals(2, count("select count(*) from rating_history where participant_id = '" + person + "'"));
    }

    @Test
    void shouldFinalizeOnlyACompleteResultByALeadAndPublishIt() throws Exception {
        String event = startedEvent();
        String lead = assignedAssessor(event, true);
        String member = assignedAssessor(event, false);
        String nip = randomNip();
        UUID person = participant(db, nip, "AHLI_MADYA");
        enroll(event, "ADM", person);
        String finalize = resultPath(event, person) + "/finalize";

        asAssessor(member)
                .body(ratingsJson(member, List.<String[]>of(new String[] {"INTEGRITAS", "2.0"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(200);
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(finalize)
                .then()
                .statusCode(409)
                .body("detail", containsString("KOMUNIKASI (GROUP_DISCUSSION)"))
                .body("detail", containsString("INTEGRITAS (GROUP_DISCUSSION)"))
                .body("detail", containsString("PENGELOLAAN_KEUANGAN (INTERVIEW)"));

        rateAll(event, person, member, "2.0", "4.0", "2.5", "3.0");
        asAssessor(member)
                .body(potentialJson(member))
                .put(resultPath(event, person).replace("/result", "/potential"))
                .then()
                .statusCode(200)
                .body("aspects", hasSize(8));
        asAssessor(member)
                .body("{\"finalizedBy\": \"%s\"}".formatted(member))
                .post(finalize)
                .then()
                .statusCode(409)
                .body("detail", containsString("not a lead"));
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": \"KOMUNIKASI\", \"level\": 3.5}]}"
                        .formatted(lead))
                .post(finalize)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overrides[0].reason"));
        asAssessor(lead)
                .body(
                        "{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": \"GRIT\", \"level\": 3.5, \"reason\": \"x\"}]}"
                                .formatted(lead))
                .post(finalize)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overrides[0].competency"));

        try (var probe = new id.talenta.chassis.testing.KafkaProbe(Fixtures.RESULTS_TOPIC)) {
            asAssessor(lead)
                    .body("""
                    {"finalizedBy": "%s", "overrides": [{"competency": "KOMUNIKASI", "level": 3.5,
                     "reason": "Konsisten kuat di diskusi kelompok"}]}""".formatted(lead))
                    .post(finalize)
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("FINALIZED"))
                    .body("revision", equalTo(1))
                    .body("policy", equalTo("MEAN/0.5"))
                    // INTEGRITAS: mean(2.0, 2.5) = 2.25 → 2.5
                    .body("competencies.find { it.code == 'INTEGRITAS' }.proposal", equalTo(2.5f))
                    .body("competencies.find { it.code == 'INTEGRITAS' }.finalLevel", equalTo(2.5f))
                    .body("competencies.find { it.code == 'KOMUNIKASI' }.proposal", equalTo(3.0f))
                    .body("competencies.find { it.code == 'KOMUNIKASI' }.finalLevel", equalTo(3.5f))
                    .body(
                            "competencies.find { it.code == 'KOMUNIKASI' }.overrideReason",
                            equalTo("Konsisten kuat di diskusi kelompok"))
                    .body("competencies.find { it.code == 'PENGELOLAAN_KEUANGAN' }.type", equalTo("TECHNICAL"))
                    .body("potential.aspects", hasSize(8));

            var records = probe.pollUntil(
                    rs -> rs.stream().anyMatch(r -> r.key().equals(person.toString())),
                    java.time.Duration.ofSeconds(20));
            var record = records.stream()
                    .filter(r -> r.key().equals(person.toString()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    "assessment.result.finalized", id.talenta.chassis.testing.KafkaProbe.header(record, "ce_type"));
            id.talenta.chassis.testing.EventSchemas.assertValid("assessment.result.finalized", record.value());
            var payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
            assertEquals(nip, payload.get("nip").asText());
            assertEquals("AHLI_MADYA", payload.get("jobLevelAtAssessment").asText());
            assertEquals("BKPSDM", payload.get("unitCodeAtAssessment").asText());
            assertEquals(event, payload.get("assessmentEventId").asText());
            assertEquals("2025-05-14", payload.get("assessmentDate").asText());
            assertEquals(1, payload.get("revision").asInt());
            assertEquals(true, payload.get("revisionReason").isNull());
            assertEquals(lead, payload.get("finalizedBy").asText());
            assertEquals(3, payload.get("competencies").size());
            assertEquals(3.5, levelOf(payload, "KOMUNIKASI"));
            assertEquals(2.5, levelOf(payload, "INTEGRITAS"));
            assertEquals(4.0, levelOf(payload, "PENGELOLAAN_KEUANGAN"));
            assertEquals(8, payload.get("potential").get("aspects").size());
        }

        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(finalize)
                .then()
                .statusCode(409)
                .body("detail", containsString("already finalized"));
        asAssessor(member)
                .body(ratingsJson(member, List.<String[]>of(new String[] {"INTEGRITAS", "5"})))
                .put(ratingPath(event, person, "INTERVIEW"))
                .then()
                .statusCode(409)
                .body("detail", containsString("finalized"));
    }

    @Test
    void shouldReviseAFinalizedResultWithAReasonAndPublishTheNewRevision() throws Exception {
        String event = startedEvent();
        String lead = assignedAssessor(event, true);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        String result = resultPath(event, person);
        asAssessor(lead)
                .body(("{\"finalizedBy\": \"%s\", \"reason\": \"x\", \"overrides\": [{\"competency\": \"INTEGRITAS\", "
                                + "\"level\": 3, \"reason\": \"y\"}]}")
                        .formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(409)
                .body("detail", containsString("not finalized"));
        rateAll(event, person, lead, "3.0", "3.0", "3.0", "3.0");
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(result + "/finalize")
                .then()
                .statusCode(200);
        asAssessor(lead)
                .body(
                        "{\"finalizedBy\": \"%s\", \"overrides\": [{\"competency\": \"INTEGRITAS\", \"level\": 4, \"reason\": \"y\"}]}"
                                .formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));

        try (var probe = new id.talenta.chassis.testing.KafkaProbe(Fixtures.RESULTS_TOPIC)) {
            asAssessor(lead)
                    .body("""
                    {"finalizedBy": "%s", "reason": "Salah input pada berita acara",
                     "overrides": [{"competency": "INTEGRITAS", "level": 4.0, "reason": "Sesuai berita acara"}]}""".formatted(lead))
                    .post(result + "/revisions")
                    .then()
                    .statusCode(200)
                    .body("revision", equalTo(2))
                    .body("revisions.revision", contains(1, 2))
                    .body("revisions[1].reason", equalTo("Salah input pada berita acara"))
                    .body("revisions[0].competencies.find { it.code == 'INTEGRITAS' }.level", equalTo(3.0f))
                    .body("competencies.find { it.code == 'INTEGRITAS' }.finalLevel", equalTo(4.0f))
                    .body("competencies.find { it.code == 'KOMUNIKASI' }.finalLevel", equalTo(3.0f))
                    .body("potential", nullValue());
            var records = probe.pollUntil(
                    rs -> rs.stream().anyMatch(r -> r.key().equals(person.toString())),
                    java.time.Duration.ofSeconds(20));
            var record = records.stream()
                    .filter(r -> r.key().equals(person.toString()))
                    .findFirst()
                    .orElseThrow();
            id.talenta.chassis.testing.EventSchemas.assertValid("assessment.result.finalized", record.value());
            var payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
            assertEquals(2, payload.get("revision").asInt());
            assertEquals(
                    "Salah input pada berita acara",
                    payload.get("revisionReason").asText());
            assertEquals(4.0, levelOf(payload, "INTEGRITAS"));
            assertEquals(true, payload.get("potential").isNull());
        }
        as("integration")
                .get(result)
                .then()
                .statusCode(200)
                .body("status", equalTo("FINALIZED"))
                .body("revision", equalTo(2))
                .body("revisions", hasSize(2));
    }

    @Test
    void aRevisionMayCorrectPotentialAspectScoresWithItsReasonAndPublishesThem() throws Exception {
        String event = startedEvent();
        String lead = assignedAssessor(event, true);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        String result = resultPath(event, person);
        rateAll(event, person, lead, "3.0", "3.0", "3.0", "3.0");
        asAssessor(lead)
                .body(potentialJson(lead))
                .put(result.replace("/result", "/potential"))
                .then()
                .statusCode(200);
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(result + "/finalize")
                .then()
                .statusCode(200);
        // after finalization the live scores are closed: corrections go through a revision
        asAssessor(lead)
                .body(potentialJson(lead))
                .put(result.replace("/result", "/potential"))
                .then()
                .statusCode(409);

        // a revision that changes nothing, an unknown aspect, a score out of range, a duplicate: 400, nothing written
        asAssessor(lead)
                .body("""
                {"finalizedBy": "%s", "reason": "kosong"}""".formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("overrides"));
        asAssessor(lead)
                .body("""
                {"finalizedBy": "%s", "reason": "x", "potential": [{"aspect": "LUCK", "score": 3}]}""".formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("potential[0].aspect"));
        asAssessor(lead)
                .body("""
                {"finalizedBy": "%s", "reason": "x", "potential": [{"aspect": "GRIT", "score": 6}]}""".formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(400);
        asAssessor(lead)
                .body("""
                {"finalizedBy": "%s", "reason": "x", "potential": [{"aspect": "GRIT", "score": 2},
                 {"aspect": "GRIT", "score": 3}]}""".formatted(lead))
                .post(result + "/revisions")
                .then()
                .statusCode(400);
        as("integration").get(result).then().body("revision", equalTo(1));

        try (var probe = new id.talenta.chassis.testing.KafkaProbe(Fixtures.RESULTS_TOPIC)) {
            asAssessor(lead)
                    .body("""
                    {"finalizedBy": "%s", "reason": "Skor GRIT salah salin dari lembar asesor",
                     "potential": [{"aspect": "GRIT", "score": 2}]}""".formatted(lead))
                    .post(result + "/revisions")
                    .then()
                    .statusCode(200)
                    .body("revision", equalTo(2))
                    .body("revisions[1].reason", equalTo("Skor GRIT salah salin dari lembar asesor"))
                    .body("potential.aspects.find { it.aspect == 'GRIT' }.score", equalTo(2))
                    .body("potential.aspects.find { it.aspect == 'GROWTH_MINDSET' }.score", equalTo(5))
                    // the final levels are untouched
                    .body("competencies.find { it.code == 'INTEGRITAS' }.finalLevel", equalTo(3.0f));
            var records = probe.pollUntil(
                    rs -> rs.stream().anyMatch(r -> r.key().equals(person.toString())),
                    java.time.Duration.ofSeconds(20));
            var record = records.stream()
                    .filter(r -> r.key().equals(person.toString()))
                    .findFirst()
                    .orElseThrow();
            id.talenta.chassis.testing.EventSchemas.assertValid("assessment.result.finalized", record.value());
            var payload = new com.fasterxml.jackson.databind.ObjectMapper().readTree(record.value());
            assertEquals(2, payload.get("revision").asInt());
            int grit = -1;
            for (var a : payload.get("potential").get("aspects")) {
                if (a.get("aspect").asText().equals("GRIT")) {
                    grit = a.get("score").asInt();
                }
            }
            assertEquals(2, grit, "the corrected score is published, so the profile follows");
            assertEquals(8, payload.get("potential").get("aspects").size());
        }
        as("admin")
                .queryParam("entityType", "assessment-result")
                .get("/api/v1/audit")
                .then()
                .statusCode(200)
                .body(
                        "items.find { it.action == 'REVISE' && it.reason == 'Skor GRIT salah salin dari lembar asesor' }"
                                + ".changedFields",
                        hasItem("potential"));
    }

    @Test
    void shouldReportProgressPerGroup() {
        String event = startedEvent();
        String lead = assignedAssessor(event, true);
        UUID rated = participant(db, randomNip(), "ADMINISTRATOR");
        UUID finalized = participant(db, randomNip(), "ADMINISTRATOR");
        UUID partly = participant(db, randomNip(), "AHLI_MADYA");
        enroll(event, "ADM", rated, finalized, partly);
        rateAll(event, rated, lead, "3", "3", "3", "3");
        rateAll(event, finalized, lead, "3", "3", "3", "3");
        asAssessor(lead)
                .body(ratingsJson(lead, List.<String[]>of(new String[] {"INTEGRITAS", "3"})))
                .put(ratingPath(event, partly, "INTERVIEW"))
                .then()
                .statusCode(200);
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(resultPath(event, finalized) + "/finalize")
                .then()
                .statusCode(200);

        as("integration")
                .get(EVENTS + event + "/progress")
                .then()
                .statusCode(200)
                .body("matrixCells", equalTo(4))
                .body("groups.groupCode", contains("ADM", "PLK"))
                .body("groups[0].capacity", equalTo(3))
                .body("groups[0].enrolled", equalTo(3))
                .body("groups[0].rated", equalTo(3))
                .body("groups[0].fullyRated", equalTo(2))
                .body("groups[0].finalized", equalTo(1))
                .body("groups[1].enrolled", equalTo(0))
                .body("totals.capacity", equalTo(4));
    }

    @Test
    void shouldRequireAllEightPotentialAspectsScoredOneToFive() {
        String event = startedEvent();
        String assessor = assignedAssessor(event, false);
        UUID person = participant(db, randomNip(), "ADMINISTRATOR");
        enroll(event, "ADM", person);
        String path = resultPath(event, person).replace("/result", "/potential");
        asAssessor(assessor)
                .body("{\"assessorId\": \"%s\", \"aspects\": [{\"aspect\": \"GRIT\", \"score\": 4}]}"
                        .formatted(assessor))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].message", containsString("missing"));
        asAssessor(assessor)
                .body("{\"assessorId\": \"%s\", \"aspects\": [{\"aspect\": \"LUCK\", \"score\": 4}]}"
                        .formatted(assessor))
                .put(path)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("aspects[0].aspect"));
        asAssessor(assessor)
                .body(potentialJson(assessor).replace("\"score\": 4", "\"score\": 6"))
                .put(path)
                .then()
                .statusCode(400);
        asAssessor(assessor)
                .body(potentialJson(assessor))
                .put(path)
                .then()
                .statusCode(200)
                .body("aspects[0].aspect", equalTo("INTELLECTUAL_ABILITY"));
    }

    static String potentialJson(String assessor) {
        return """
                {"assessorId": "%s", "aspects": [{"aspect": "INTELLECTUAL_ABILITY", "score": 4},
                 {"aspect": "INTERPERSONAL", "score": 3}, {"aspect": "SELF_AWARENESS", "score": 4},
                 {"aspect": "CRITICAL_STRATEGIC_THINKING", "score": 3}, {"aspect": "PROBLEM_SOLVING", "score": 4},
                 {"aspect": "EMOTIONAL_INTELLIGENCE", "score": 3}, {"aspect": "GROWTH_MINDSET", "score": 5},
                 {"aspect": "GRIT", "score": 4}]}""".formatted(assessor);
    }

    static double levelOf(com.fasterxml.jackson.databind.JsonNode payload, String code) {
        for (var c : payload.get("competencies")) {
            if (c.get("code").asText().equals(code)) {
                return c.get("level").asDouble();
            }
        }
        throw new AssertionError(code + " missing from " + payload);
    }

    long count(String sql) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
