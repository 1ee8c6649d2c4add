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
 * Turns every finalized assessment result (and its revisions) into a profile.
 *
 * <p>Consumes in batches, one transaction per poll ({@link BatchApplier}; a poison record is split off to the
 * dead-letter topic alone). Batches run concurrently: each locks its participants first (one statement, ascending
 * order, so no deadlock), and the revision watermark and supersession rule make the outcome independent of which
 * batch commits first.
 */
@ApplicationScoped
public class AssessmentResultConsumer {

    static final String CONSUMER = "profile-service.assessment-results";
    static final String RESULT_FINALIZED = "assessment.result.finalized";
    static final Set<String> RESULT_FINALIZED_ONLY = Set.of(RESULT_FINALIZED);

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ProfileService profiles;

    @Inject
    ParticipantLock locks;

    @Inject
    BatchApplier batches;

    record Pending(ResultFinalizedPayload result, String eventId) {}

    @Incoming("assessment-results")
    @Blocking(value = "profile-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        List<Pending> pending = new ArrayList<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, RESULT_FINALIZED_ONLY)) {
            pending.add(new Pending(event.as(ResultFinalizedPayload.class, mapper), event.id()));
        }
        if (pending.isEmpty()) {
            return;
        }
        locks.lockAll(pending.stream()
                .map(p -> p.result().participantId())
                .filter(Objects::nonNull)
                .toList());
        // Participant order (the order row locks are taken in everywhere); stable, so one participant's results keep
        // their delivery order.
        pending.sort(Comparator.comparing(
                p -> p.result().participantId(), Comparator.nullsFirst(Comparator.naturalOrder())));
        for (Pending p : pending) {
            profiles.onResult(p.result(), p.eventId());
        }
    }
}
