package id.talenta.talent.events;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.contracts.ParticipantReplicaBatch;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.events.BatchApplier;
import id.talenta.talent.store.ReplicaStore;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica (newest revision wins) and re-evaluates the person: a job-level change,
 * a new retirement date or a deactivation can change pool membership and every candidacy. Consumes in batches
 * ({@link BatchApplier}): per batch one lock statement, one replica upsert and one read per table.
 */
@ApplicationScoped
public class ParticipantConsumer {

    /** The inbox consumer name (the inbox holds rows keyed by it: do not rename). */
    static final String CONSUMER = "talent-pool-service.participants";

    @Inject
    ParticipantReplicaBatch participants;

    @Inject
    ReplicaStore replicas;

    @Inject
    TalentEvaluator evaluator;

    @Inject
    AuditTrail audit;

    @Inject
    BatchApplier batches;

    /** What the audit trail keeps of a replicated participant (no name or NIP: they are in the replica itself). */
    record AuditedReplica(long revision, String jobLevel, String unitCode, LocalDate retirementDate, String status) {}

    @Incoming("participants")
    // Batches are applied concurrently (unordered): revision guards and per-participant advisory locks taken in
    // ascending order make the outcome independent of delivery order, without deadlocks.
    @Blocking(value = "talent-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        SortedMap<UUID, ParticipantReplicaBatch.Delivered> newest = participants.newestLocked(CONSUMER, records);
        if (newest.isEmpty()) {
            return;
        }
        List<UUID> applied = replicas.upsertParticipants(newest.values().stream()
                .map(ParticipantReplicaBatch.Delivered::snapshot)
                .toList());
        for (UUID id : applied) {
            ParticipantSnapshot p = newest.get(id).snapshot();
            audit.record(
                    AuditAction.REPLICATE,
                    "participant-replica",
                    id,
                    null,
                    new AuditedReplica(p.revision(), p.jobLevel(), p.unitCode(), p.retirementDate(), p.status()),
                    null);
        }
        evaluator.evaluateAll(applied);
    }
}
