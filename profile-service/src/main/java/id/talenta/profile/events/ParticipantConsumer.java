package id.talenta.profile.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.BatchApplier;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.profile.profile.ProfileService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica and reconciles latest profiles with job-level and identity changes. Batched and
 * locked like {@link AssessmentResultConsumer} (the replica revision guard makes delivery order irrelevant).
 */
@ApplicationScoped
public class ParticipantConsumer {

    static final String CONSUMER = "profile-service.participants";
    static final Set<String> TYPES = Set.of("participant.registered", "participant.updated", "participant.deactivated");

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject ProfileService profiles;
    @Inject ParticipantLock locks;
    @Inject BatchApplier batches;

    record Pending(ParticipantSnapshot snapshot, String eventId) {}

    @Incoming("participants")
    @Blocking(value = "profile-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        List<Pending> pending = new ArrayList<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, TYPES)) {
            pending.add(new Pending(event.as(ParticipantSnapshot.class, mapper), event.id()));
        }
        if (pending.isEmpty()) {
            return;
        }
        locks.lockAll(pending.stream().map(p -> p.snapshot().participantId()).filter(Objects::nonNull).toList());
        pending.sort(Comparator.comparing(p -> p.snapshot().participantId(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Pending p : pending) {
            profiles.onParticipant(p.snapshot(), p.eventId());
        }
    }
}
