package id.talenta.assessment;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.ParticipantEventData;
import id.talenta.chassis.testing.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Builds the world the HTTP tests need: participants through the real topic, events, assessors. */
public final class Fixtures {

    public static final String PARTICIPANTS_TOPIC = "test.assessment-service.participants.v1";
    public static final String RESULTS_TOPIC = "test.talenta.assessment-results.v1";

    /** Two methods, three competencies, four cells; groups ADM (ADMINISTRATOR, AHLI_MADYA; 3) and PLK (PELAKSANA; 1). */
    public static final String EVENT = """
            {"title": "Asesmen Kompetensi Pemkab Probolinggo 2025", "organizer": "BKPSDM Kabupaten Probolinggo",
             "assessorInstitution": "UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo",
             "venue": "Auditorium Madakaripura", "startDate": "2025-05-14", "endDate": "2025-05-14",
             "methods": ["INTERVIEW", "GROUP_DISCUSSION"],
             "technicalCompetencies": [{"code": "PENGELOLAAN_KEUANGAN", "name": "Pengelolaan Keuangan"}],
             "matrix": [{"method": "INTERVIEW", "competencies": ["INTEGRITAS", "PENGELOLAAN_KEUANGAN"]},
                        {"method": "GROUP_DISCUSSION", "competencies": ["INTEGRITAS", "KOMUNIKASI"]}],
             "groups": [{"code": "ADM", "name": "Administrator dan Ahli Madya", "jobLevels": ["ADMINISTRATOR", "AHLI_MADYA"], "capacity": 3},
                        {"code": "PLK", "name": "Pelaksana", "jobLevels": ["PELAKSANA"], "capacity": 1}]}""";

    private Fixtures() {}

    public static RequestSpecification as(String role) {
        return given().auth().oauth2(TestTokens.forRole(role)).contentType(ContentType.JSON);
    }

    /** An assessor token linked to the assessor record {@code assessorId} through the {@code assessorId} claim. */
    public static String assessorToken(String assessorId) {
        return assessorToken("assessor-" + assessorId, assessorId, "assessor");
    }

    /** A token with the given subject, optional {@code assessorId} claim and roles. */
    public static String assessorToken(String subject, String assessorIdClaim, String... roles) {
        var claims = TestTokens.claims(subject, roles);
        if (assessorIdClaim != null) {
            claims = claims.claim("assessorId", assessorIdClaim);
        }
        return TestTokens.sign(claims);
    }

    /** Requests as the assessor {@code assessorId} (token claim {@code assessorId}). */
    public static RequestSpecification asAssessor(String assessorId) {
        return given().auth().oauth2(assessorToken(assessorId)).contentType(ContentType.JSON);
    }

    public static String randomNip() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return String.format(
                "19%02d%02d%02d20050%d1%03d",
                60 + r.nextInt(30), 1 + r.nextInt(12), 1 + r.nextInt(28), 1 + r.nextInt(9), 1 + r.nextInt(999));
    }

    /** A participant event as participant-service publishes it (schema-valid), in unit BKPSDM. */
    public static ParticipantEventData participantEvent(
            UUID id, long revision, String nip, String fullName, String jobLevel, String status) {
        ParticipantEventData registered = ParticipantEventData.registered(id, nip, fullName, jobLevel, "BKPSDM");
        if (revision == 1 && "ACTIVE".equals(status)) {
            return registered;
        }
        return "INACTIVE".equals(status)
                ? registered.deactivated((int) revision, "PENSIUN")
                : registered.updated((int) revision, "jobLevel").with("status", status);
    }

    public static String participantJson(
            UUID id, long revision, String nip, String fullName, String jobLevel, String status) {
        return participantEvent(id, revision, nip, fullName, jobLevel, status).json();
    }

    /** Publishes a participant snapshot on the real test topic, as participant-service would. */
    public static void publishParticipant(
            UUID id, long revision, String nip, String fullName, String jobLevel, String status) {
        ParticipantEventData event = participantEvent(id, revision, nip, fullName, jobLevel, status);
        KafkaProbe.send(PARTICIPANTS_TOPIC, id.toString(), UUID.randomUUID().toString(), event.type(), event.json());
    }

    private static volatile boolean consumerLive;

    /**
     * Waits until the replica consumer has its partitions (it starts at the latest offset): keeps publishing a
     * sentinel participant until the replica shows it.
     */
    public static void awaitConsumerLive(AgroalDataSource db) {
        if (consumerLive) {
            return;
        }
        UUID sentinel = UUID.randomUUID();
        java.util.concurrent.atomic.AtomicLong revision = new java.util.concurrent.atomic.AtomicLong();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (replicaRevision(db, sentinel) >= 0) {
                        return true;
                    }
                    publishParticipant(
                            sentinel, revision.incrementAndGet(), randomNip(), "Sentinel", "PELAKSANA", "ACTIVE");
                    return false;
                });
        consumerLive = true;
    }

    /** Registers a participant through Kafka and waits until the replica has that revision. */
    public static UUID participant(AgroalDataSource db, String nip, String jobLevel) {
        UUID id = UUID.randomUUID();
        publishParticipant(id, 1, nip, "Peserta " + nip.substring(14), jobLevel, "ACTIVE");
        awaitRevision(db, id, 1);
        return id;
    }

    public static void awaitRevision(AgroalDataSource db, UUID id, long revision) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> replicaRevision(db, id) == revision);
    }

    public static long replicaRevision(AgroalDataSource db, UUID id) throws Exception {
        String v = replica(db, id, "revision");
        return v == null ? -1 : Long.parseLong(v);
    }

    public static String replica(AgroalDataSource db, UUID id, String column) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select " + column + " from participant_replica where participant_id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    public static String replicaNipUnchecked(AgroalDataSource db, UUID id) {
        try {
            return replicaNip(db, id);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String replicaNip(AgroalDataSource db, UUID id) throws Exception {
        return replica(db, id, "nip");
    }

    public static String createEvent(String json) {
        return as("hr-officer")
                .body(json)
                .post("/api/v1/assessment-events")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String startedEvent() {
        String id = createEvent(EVENT);
        as("hr-officer")
                .post("/api/v1/assessment-events/" + id + "/start")
                .then()
                .statusCode(200);
        return id;
    }

    public static String assessor(String name) {
        return as("hr-officer")
                .body("{\"name\": \"%s\", \"institution\": \"BKD Sidoarjo\"}".formatted(name))
                .post("/api/v1/assessors")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static String assignedAssessor(String eventId, boolean lead) {
        String id = assessor(lead ? "Lead Assessor" : "Assessor");
        as("hr-officer")
                .body("{\"assessorId\": \"%s\", \"lead\": %s}".formatted(id, lead))
                .post("/api/v1/assessment-events/" + eventId + "/assessors")
                .then()
                .statusCode(201);
        return id;
    }

    public static void enroll(String eventId, String group, UUID... participants) {
        String ids = String.join(
                "\", \"",
                java.util.Arrays.stream(participants).map(UUID::toString).toList());
        as("hr-officer")
                .body("{\"groupCode\": \"%s\", \"participantIds\": [\"%s\"]}".formatted(group, ids))
                .post("/api/v1/assessment-events/" + eventId + "/enrollments")
                .then()
                .statusCode(200);
    }

    public static String ratingsJson(String assessorId, List<String[]> competencyLevels) {
        String items = String.join(
                ", ",
                competencyLevels.stream()
                        .map(c -> "{\"competency\": \"%s\", \"level\": %s, \"evidence\": \"observed\"}"
                                .formatted(c[0], c[1]))
                        .toList());
        return "{\"assessorId\": \"%s\", \"ratings\": [%s]}".formatted(assessorId, items);
    }

    public static String ratingPath(String eventId, UUID participant, String method) {
        return "/api/v1/assessment-events/" + eventId + "/participants/" + participant + "/ratings/" + method;
    }

    public static String resultPath(String eventId, UUID participant) {
        return "/api/v1/assessment-events/" + eventId + "/participants/" + participant + "/result";
    }

    /** Rates every cell of the {@link #EVENT} matrix. */
    public static void rateAll(
            String eventId,
            UUID participant,
            String assessorId,
            String interviewIntegritas,
            String keuangan,
            String gdIntegritas,
            String komunikasi) {
        asAssessor(assessorId)
                .body(ratingsJson(assessorId, List.of(new String[] {"INTEGRITAS", interviewIntegritas}, new String[] {
                    "PENGELOLAAN_KEUANGAN", keuangan
                })))
                .put(ratingPath(eventId, participant, "INTERVIEW"))
                .then()
                .statusCode(200);
        asAssessor(assessorId)
                .body(ratingsJson(
                        assessorId,
                        List.of(new String[] {"INTEGRITAS", gdIntegritas}, new String[] {"KOMUNIKASI", komunikasi})))
                .put(ratingPath(eventId, participant, "GROUP_DISCUSSION"))
                .then()
                .statusCode(200);
    }

    /** An event IN_PROGRESS with a lead assessor and one fully rated, finalized participant. */
    public record Finalized(String eventId, String leadId, UUID participantId, String nip) {}

    public static Finalized finalizedParticipant(AgroalDataSource db) {
        String event = startedEvent();
        String lead = assignedAssessor(event, true);
        String nip = randomNip();
        UUID person = participant(db, nip, "ADMINISTRATOR");
        enroll(event, "ADM", person);
        rateAll(event, person, lead, "3.0", "3.0", "3.5", "4.0");
        asAssessor(lead)
                .body("{\"finalizedBy\": \"%s\"}".formatted(lead))
                .post(resultPath(event, person) + "/finalize")
                .then()
                .statusCode(200);
        return new Finalized(event, lead, person, nip);
    }
}
