package id.talenta.profile.events;

import id.talenta.chassis.contracts.ParticipantReplicaBatch;
import id.talenta.chassis.events.BatchApplier;
import id.talenta.profile.profile.ProfileService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica and reconciles latest profiles with job-level and identity changes. One
 * transaction per poll ({@link BatchApplier}); the chassis {@link ParticipantReplicaBatch} reads each event against
 * its contract (a payload breaking the schema is poison: dead-letter topic), keeps the newest snapshot per
 * participant and locks them in ascending order (the replica revision guard makes delivery order irrelevant).
 */
@ApplicationScoped
public class ParticipantConsumer {

    static final String CONSUMER = "profile-service.participants";

    @Inject
    ParticipantReplicaBatch replicaBatch;

    @Inject
    ProfileService profiles;

    @Inject
    BatchApplier batches;

    @Incoming("participants")
    @Blocking(value = "profile-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        replicaBatch
                .newestLocked(CONSUMER, records)
                .values()
                .forEach(d -> profiles.onParticipant(d.snapshot(), d.eventId()));
    }
}
