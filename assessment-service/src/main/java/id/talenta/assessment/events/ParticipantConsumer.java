package id.talenta.assessment.events;

import id.talenta.assessment.store.ReplicaStore;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.contracts.ParticipantReplicaBatch;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.events.BatchApplier;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica from {@code talenta.participants.v1}: the latest snapshot per participant, never
 * replaced by an older revision. This is the only way this service knows participants.
 *
 * <p>Consumes in batches, one transaction per poll ({@link BatchApplier}: a poison record is split off to the
 * dead-letter topic alone). The chassis {@link ParticipantReplicaBatch} reads each event against its contract, keeps
 * the newest snapshot per participant and locks them in ascending order; then one read and one upsert per batch,
 * and an audit row per applied snapshot. The revision guard makes commit order irrelevant.
 */
@ApplicationScoped
public class ParticipantConsumer {

    /** The inbox consumer name (the inbox holds rows keyed by it: do not rename). */
    static final String CONSUMER = "assessment-participant-replica";

    @Inject
    ParticipantReplicaBatch participants;

    @Inject
    ReplicaStore replicas;

    @Inject
    AuditTrail audit;

    @Inject
    BatchApplier batches;

    /** What the audit trail keeps of a replica (name and NIP are participant-service's data, audited there). */
    record AuditedReplica(long revision, String status, String jobLevel, String unitCode) {}

    @Incoming("participants")
    @Blocking(value = "replica-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        SortedMap<UUID, ParticipantReplicaBatch.Delivered> newest = participants.newestLocked(CONSUMER, records);
        if (newest.isEmpty()) {
            return;
        }
        Map<UUID, ReplicaStore.Replica> before = replicas.replicas(newest.keySet());
        for (UUID applied : replicas.upsert(newest.values().stream()
                .map(ParticipantReplicaBatch.Delivered::snapshot)
                .toList())) {
            ParticipantReplicaBatch.Delivered d = newest.get(applied);
            ParticipantSnapshot p = d.snapshot();
            ReplicaStore.Replica previous = before.get(applied);
            audit.record(
                    AuditAction.REPLICATE,
                    "participant-replica",
                    applied,
                    previous == null
                            ? null
                            : new AuditedReplica(
                                    previous.revision(), previous.status(), previous.jobLevel(), previous.unitCode()),
                    new AuditedReplica(p.revision(), p.status(), p.jobLevel(), p.unitCode()),
                    d.eventType());
        }
    }
}
