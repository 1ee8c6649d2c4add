package id.talenta.talent;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.ParticipantEventData;
import id.talenta.chassis.testing.TestTokens;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Feeds the service the events other services publish, and waits until it has applied them. */
public final class Fixtures {

    public static final String PARTICIPANTS = "test.talenta.participants.v1";
    public static final String PROFILES = "test.talenta.profiles.v1";
    public static final String TALENT = "test.talenta.talent.v1";
    public static final LocalDate FAR_RETIREMENT = LocalDate.of(2045, 1, 1);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger SEQUENCE = new AtomicInteger(1);

    private Fixtures() {}

    public static String committee() {
        return TestTokens.forRole("talent-committee");
    }

    public static String newNip() {
        return String.format("198001012005031%03d", SEQUENCE.getAndIncrement() % 1000);
    }

    /** A schema-valid participant event (chassis {@link ParticipantEventData}) at the given revision and status. */
    public static ParticipantEventData participantEvent(
            UUID id, int revision, String nip, String jobLevel, String unitCode, LocalDate retirement, String status) {
        ParticipantEventData registered = ParticipantEventData.registered(
                        id, nip, "Peserta " + nip.substring(15), jobLevel, unitCode)
                .with("birthDate", "1980-01-01")
                .with("retirementDate", retirement == null ? null : retirement.toString());
        if (revision == 1) {
            return registered;
        }
        return "INACTIVE".equals(status)
                ? registered.deactivated(revision, "RETIRED")
                : registered.updated(revision, "jobLevel", "unitCode", "retirementDate");
    }

    public static void sendParticipant(
            UUID id, int revision, String nip, String jobLevel, String unitCode, LocalDate retirement, String status) {
        ParticipantEventData event = participantEvent(id, revision, nip, jobLevel, unitCode, retirement, status);
        KafkaProbe.send(PARTICIPANTS, id.toString(), UUID.randomUUID().toString(), event.type(), event.json());
    }

    private static volatile boolean consumersReady;

    /**
     * The test consumers start at the end of the shared test topics; until their partitions are assigned a record
     * can be missed. Resend a harmless warm-up participant and profile until both have been applied.
     */
    public static synchronized void awaitConsumers() {
        if (consumersReady) {
            return;
        }
        UUID id = UUID.randomUUID();
        String nip = newNip();
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    sendParticipant(id, 1, nip, "PELAKSANA", "WARMUP", FAR_RETIREMENT, "ACTIVE");
                    sendProfile(id, 1, nip, "PELAKSANA", "WARMUP", "RENDAH", 50, Map.of());
                    return given().auth()
                                    .oauth2(committee())
                                    .get("/api/v1/talents/" + id)
                                    .then()
                                    .extract()
                                    .path("box")
                            != null;
                });
        consumersReady = true;
    }

    /** Registers a participant and waits until the replica has it. */
    public static UUID registered(String nip, String jobLevel, String unitCode, LocalDate retirement) {
        awaitConsumers();
        UUID id = UUID.randomUUID();
        sendParticipant(id, 1, nip, jobLevel, unitCode, retirement, "ACTIVE");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(committee())
                                .get("/api/v1/talents/" + id)
                                .statusCode()
                        == 200);
        return id;
    }

    /** A registered participant with a 2024 rating (or none) and a profile, once placed in {@code expectedBox}. */
    public static UUID placed(
            String nip,
            String jobLevel,
            String unit,
            String category,
            String rating,
            int expectedBox,
            Map<String, Double> fit) {
        UUID id = registered(nip, jobLevel, unit, FAR_RETIREMENT);
        if (rating != null) {
            given().auth()
                    .oauth2(TestTokens.forRole("hr-officer"))
                    .contentType("application/json")
                    .body(Map.of("rating", rating))
                    .put("/api/v1/performance-ratings/" + id + "/2024")
                    .then()
                    .statusCode(201);
        }
        sendProfile(id, 1, nip, jobLevel, unit, category, 90, fit);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> Integer.valueOf(expectedBox)
                        .equals(given().auth()
                                .oauth2(committee())
                                .get("/api/v1/talents/" + id)
                                .path("box")));
        return id;
    }

    /** Creates a key position as the committee; returns its id. */
    public static String keyPosition(String title, String jobLevel, String unitCode) {
        return given().auth()
                .oauth2(committee())
                .contentType("application/json")
                .body(Map.of("title", title, "jobLevel", jobLevel, "unitCode", unitCode, "criticality", "HIGH"))
                .post("/api/v1/key-positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The assessment result a participant's test profiles come from, unless a test says otherwise. */
    public static UUID resultOf(UUID participantId) {
        return UUID.nameUUIDFromBytes(("result-" + participantId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String profileJson(
            UUID id,
            int revision,
            String nip,
            String jobLevel,
            String unitCode,
            String category,
            double score,
            Map<String, Double> fit) {
        return profileJson(id, revision, nip, jobLevel, unitCode, category, score, fit, resultOf(id));
    }

    public static String profileJson(
            UUID id,
            int revision,
            String nip,
            String jobLevel,
            String unitCode,
            String category,
            double score,
            Map<String, Double> fit,
            UUID resultId) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("profileId", UUID.randomUUID().toString());
        p.put("participantId", id.toString());
        p.put("revision", revision);
        p.put("nip", nip);
        p.put("fullName", "Peserta " + nip.substring(15));
        p.put("jobLevel", jobLevel);
        p.put("unitCode", unitCode);
        p.put("frameworkVersion", "2025.1");
        p.put("jpm", score);
        p.put("potential", Map.of("score", score, "category", category, "jpmComponent", score));
        p.put("fitByJobLevel", fit);
        p.put("reason", "ASSESSMENT");
        p.put(
                "source",
                Map.of(
                        "assessmentEventId",
                        UUID.randomUUID().toString(),
                        "resultId",
                        resultId.toString(),
                        "resultRevision",
                        1,
                        "finalizedAt",
                        "2026-11-02T03:00:00Z"));
        p.put(
                "explanation",
                Map.of(
                        "summary",
                        "test profile",
                        "frameworkVersion",
                        1,
                        "formula",
                        "COMPENSATORY",
                        "potentialPolicy",
                        Map.of("thresholds", Map.of("tinggi", 90, "menengah", 78))));
        return write(p);
    }

    /** Sends profile.computed; returns the CloudEvents id (to replay it as a duplicate). */
    public static String sendProfile(
            UUID id,
            int revision,
            String nip,
            String jobLevel,
            String unitCode,
            String category,
            double score,
            Map<String, Double> fit) {
        return sendProfile(id, revision, nip, jobLevel, unitCode, category, score, fit, resultOf(id));
    }

    /** As above, from the assessment result {@code resultId} (a new assessment when it differs). */
    public static String sendProfile(
            UUID id,
            int revision,
            String nip,
            String jobLevel,
            String unitCode,
            String category,
            double score,
            Map<String, Double> fit,
            UUID resultId) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(
                PROFILES,
                id.toString(),
                eventId,
                "profile.computed",
                profileJson(id, revision, nip, jobLevel, unitCode, category, score, fit, resultId));
        return eventId;
    }

    public static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static com.fasterxml.jackson.databind.JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
