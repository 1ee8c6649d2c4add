package id.talenta.assessment.events;

import static id.talenta.assessment.Fixtures.PARTICIPANTS_TOPIC;
import static id.talenta.assessment.Fixtures.awaitRevision;
import static id.talenta.assessment.Fixtures.participantJson;
import static id.talenta.assessment.Fixtures.publishParticipant;
import static id.talenta.assessment.Fixtures.randomNip;
import static id.talenta.assessment.Fixtures.replica;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.testing.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The participant replica, fed from the real test topic. */
@QuarkusTest
class ParticipantReplicaTest {

    static final String DLQ = "test.talenta.dlq.assessment-service";

    @Inject
    AgroalDataSource db;

    @org.junit.jupiter.api.BeforeEach
    void consumerIsLive() {
        id.talenta.assessment.Fixtures.awaitConsumerLive(db);
    }

    @Test
    void shouldKeepTheLatestSnapshotOfARegisteredAndUpdatedParticipant() throws Exception {
        UUID id = UUID.randomUUID();
        String nip = randomNip();
        publishParticipant(id, 1, nip, "Budi Santoso", "PENGAWAS", "ACTIVE");
        publishParticipant(id, 2, nip, "Budi Santoso", "ADMINISTRATOR", "ACTIVE");
        awaitRevision(db, id, 2);
        assertEquals("ADMINISTRATOR", replica(db, id, "job_level"));
        assertEquals(nip, replica(db, id, "nip"));
        assertEquals("BKPSDM", replica(db, id, "unit_code"));
    }

    @Test
    void shouldIgnoreAnOlderRevisionArrivingLate() throws Exception {
        UUID id = UUID.randomUUID();
        String nip = randomNip();
        publishParticipant(id, 3, nip, "Siti Aminah", "AHLI_MUDA", "ACTIVE");
        awaitRevision(db, id, 3);
        publishParticipant(id, 2, nip, "Siti Lama", "PELAKSANA", "ACTIVE");
        publishParticipant(id, 4, nip, "Siti Aminah", "AHLI_MUDA", "INACTIVE");
        awaitRevision(db, id, 4);
        assertEquals("Siti Aminah", replica(db, id, "full_name"));
        assertEquals("AHLI_MUDA", replica(db, id, "job_level"));
        assertEquals("INACTIVE", replica(db, id, "status"));
    }

    @Test
    void shouldApplyARedeliveredEventOnlyOnce() throws Exception {
        UUID id = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        String nip = randomNip();
        KafkaProbe.send(
                PARTICIPANTS_TOPIC,
                id.toString(),
                eventId,
                "participant.registered",
                participantJson(id, 1, nip, "Dewi", "PELAKSANA", "ACTIVE"));
        awaitRevision(db, id, 1);
        // Same CloudEvents id, different content: a redelivery must not be applied again.
        KafkaProbe.send(
                PARTICIPANTS_TOPIC,
                id.toString(),
                eventId,
                "participant.updated",
                participantJson(id, 5, nip, "Dewi Berubah", "PELAKSANA", "ACTIVE"));
        publishParticipant(id, 2, nip, "Dewi", "PENGAWAS", "ACTIVE");
        awaitRevision(db, id, 2);
        assertEquals("Dewi", replica(db, id, "full_name"));
    }

    @Test
    void shouldSendAnUnusablePayloadToTheDeadLetterTopicAndCarryOn() throws Exception {
        try (KafkaProbe dlq = new KafkaProbe(DLQ)) {
            UUID poisoned = UUID.randomUUID();
            KafkaProbe.send(
                    PARTICIPANTS_TOPIC,
                    poisoned.toString(),
                    UUID.randomUUID().toString(),
                    "participant.updated",
                    participantJson(poisoned, 1, randomNip(), "Rusak", "PELAKSANA", "RETIRED"));
            UUID next = UUID.randomUUID();
            publishParticipant(next, 1, randomNip(), "Sehat", "PELAKSANA", "ACTIVE");
            awaitRevision(db, next, 1);
            var seen = dlq.pollUntil(
                    rs -> rs.stream().anyMatch(r -> poisoned.toString().equals(r.key())), Duration.ofSeconds(20));
            assertTrue(seen.stream().anyMatch(r -> poisoned.toString().equals(r.key())), "poison message not in DLQ");
            assertEquals(-1, id.talenta.assessment.Fixtures.replicaRevision(db, poisoned));
        }
    }
}
