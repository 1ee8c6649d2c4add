package id.talenta.profile;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.ParticipantEventData;
import id.talenta.chassis.testing.TestTokens;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Test data: the events other services publish, as they publish them, and the topics they go to. */
public final class Fixtures {

    /** This service's own test topics (see application.properties): no other module's tests write to them. */
    public static final String RESULTS_TOPIC = "test.profile-service.assessment-results.v1";

    public static final String PARTICIPANTS_TOPIC = "test.profile-service.participants.v1";
    public static final String PROFILES_TOPIC = "test.profile-service.profiles.v1";
    public static final String DLQ_TOPIC = "test.talenta.dlq.profile-service";
    public static final String[] NINE = {
        "INTEGRITAS",
        "KERJASAMA",
        "KOMUNIKASI",
        "ORIENTASI_HASIL",
        "PELAYANAN_PUBLIK",
        "PENGEMBANGAN_DIRI_ORANG_LAIN",
        "MENGELOLA_PERUBAHAN",
        "PENGAMBILAN_KEPUTUSAN",
        "PEREKAT_BANGSA"
    };
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Fixtures() {}

    /** A NIP as participant-service issues them (18 digits: birth date, appointment month, gender, sequence). */
    public static String newNip() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format(
                "%04d%02d%02d2005011%03d",
                1960 + random.nextInt(40), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1000));
    }

    /**
     * A participant event (every field of its contract): registered at revision 1, else updated to {@code revision}.
     */
    public static ParticipantEventData participant(
            UUID id, int revision, String nip, String name, String jobLevel, String unit) {
        ParticipantEventData registered =
                ParticipantEventData.registered(id, nip, name, jobLevel, unit).with("positionTitle", "Kepala Seksi");
        return revision == 1 ? registered : registered.updated(revision, "fullName", "jobLevel", "unitCode");
    }

    /** A result with every one of the nine competencies at {@code level}. */
    public static ObjectNode result(
            UUID participantId,
            String nip,
            UUID assessmentEventId,
            int revision,
            String jobLevel,
            String unit,
            String level) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("resultId", UUID.randomUUID().toString())
                .put("participantId", participantId.toString())
                .put("nip", nip)
                .put("fullName", "Peserta " + nip)
                .put("assessmentEventId", assessmentEventId.toString())
                .put("eventTitle", "Asesmen Kompetensi 2025")
                .put("assessmentDate", "2025-05-14")
                .put("revision", revision)
                .put("jobLevelAtAssessment", jobLevel)
                .put("unitCodeAtAssessment", unit)
                .put("finalizedBy", UUID.randomUUID().toString())
                .put("finalizedAt", "2025-05-20T08:00:0" + Math.min(revision, 9) + "Z");
        if (revision > 1) {
            n.put("revisionReason", "koreksi");
        } else {
            n.putNull("revisionReason");
        }
        ArrayNode competencies = n.putArray("competencies");
        for (String code : NINE) {
            competencies.addObject().put("code", code).put("level", new BigDecimal(level));
        }
        n.putNull("potential");
        return n;
    }

    public static ObjectNode withLevel(ObjectNode result, String code, String level) {
        for (var c : result.withArray("competencies")) {
            if (c.get("code").asText().equals(code)) {
                ((ObjectNode) c).put("level", new BigDecimal(level));
            }
        }
        return result;
    }

    public static ObjectNode withPotential(ObjectNode result, Map<String, Integer> aspects) {
        ArrayNode list = result.putObject("potential").putArray("aspects");
        aspects.forEach(
                (aspect, score) -> list.addObject().put("aspect", aspect).put("score", score));
        return result;
    }

    public static String sendResult(ObjectNode result) {
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send(
                RESULTS_TOPIC,
                result.get("participantId").asText(),
                eventId,
                "assessment.result.finalized",
                result.toString());
        return eventId;
    }

    public static void sendParticipant(ParticipantEventData event) {
        KafkaProbe.send(
                PARTICIPANTS_TOPIC, event.participantId(), UUID.randomUUID().toString(), event.type(), event.json());
    }

    private static volatile boolean consumersLive;

    /**
     * The test consumers use a group of their own and start at the end of the shared test topics (so a flood left
     * there by other modules' tests cannot delay these tests); until their partitions are assigned a record can be
     * missed. Sends a sentinel participant and a sentinel result (new revisions each time) until both are applied.
     */
    public static synchronized void awaitConsumers() {
        if (consumersLive) {
            return;
        }
        UUID sentinel = UUID.randomUUID();
        String nip = newNip();
        UUID assessment = UUID.randomUUID();
        AtomicInteger revision = new AtomicInteger();
        String admin = TestTokens.forRole("admin");
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    if (revision.get() > 0) {
                        Response export = given().auth().oauth2(admin).get("/api/v1/subject-access/" + sentinel);
                        if (export.statusCode() == 200
                                && export.path("participantReplica") != null
                                && export.path("latestProfile") != null) {
                            return true;
                        }
                    }
                    int r = revision.incrementAndGet();
                    sendParticipant(participant(sentinel, r, nip, "Sentinel", "PELAKSANA", "WARMUP"));
                    sendResult(result(sentinel, nip, assessment, r, "PELAKSANA", "WARMUP", "3"));
                    return false;
                });
        consumersLive = true;
    }
}
