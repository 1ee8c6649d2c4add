package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.locks.ParticipantLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The first step of every participant-replica consumer, in one place: the batch's first deliveries (inbox), each
 * read against the contract, reduced to the newest snapshot per participant, and those participants locked in
 * ascending id order (so concurrent batches neither deadlock nor depend on delivery order).
 */
@ApplicationScoped
public class ParticipantReplicaBatch {

    @Inject
    Inbox inbox;

    @Inject
    ParticipantLock locks;

    @Inject
    ObjectMapper mapper;

    /** A snapshot with the type of the event that carried it. */
    public record Delivered(ParticipantSnapshot snapshot, String eventType, String eventId) {}

    /** The newest snapshot per participant, in ascending participant id, already locked for this transaction. */
    public SortedMap<UUID, Delivered> newestLocked(String consumer, List<ConsumerRecord<String, String>> records) {
        SortedMap<UUID, Delivered> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(consumer, records, ParticipantContract.TYPES)) {
            ParticipantSnapshot s = ParticipantContract.read(event, mapper);
            newest.merge(
                    s.participantId(),
                    new Delivered(s, event.type(), event.id()),
                    (a, b) -> b.snapshot().revision() > a.snapshot().revision() ? b : a);
        }
        if (!newest.isEmpty()) {
            locks.lockAll(newest.keySet());
        }
        return newest;
    }
}
