package id.talenta.chassis.inbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.store.Sql;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Idempotent consumer: records (consumer, event id) in the handler's own transaction. If the
 * handler rolls back, so does the record, and the redelivered event is processed again; if it
 * commits, every later delivery of the same event is skipped.
 */
@ApplicationScoped
public class Inbox {

    @Inject
    Sql sql;

    @Inject
    MeterRegistry meters;

    @Inject
    ObjectMapper mapper;

    /** True the first time this consumer sees the event; false for a redelivery (counted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = sql.statement("insert into inbox (consumer, event_id) values (:consumer, :eventId) "
                        + "on conflict do nothing")
                .bind("consumer", consumer)
                .bind("eventId", eventId)
                .execute();
        if (inserted == 0) {
            meters.counter("talenta.inbox.duplicates", "consumer", consumer).increment();
            return false;
        }
        return true;
    }

    /**
     * The batch form of {@link #firstDelivery}: records every id in one statement and returns those seen for the
     * first time (duplicates, within the batch or from earlier deliveries, are left out and counted).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = List.copyOf(eventIds);
        Set<String> fresh = new HashSet<>(sql.statement("insert into inbox (consumer, event_id) "
                        + "select :consumer, id from unnest(cast(:ids as text[])) as u(id) on conflict do nothing "
                        + "returning event_id")
                .bind("consumer", consumer)
                .bind("ids", ids)
                .list(r -> r.string("event_id")));
        int duplicates = ids.size() - fresh.size();
        if (duplicates > 0) {
            meters.counter("talenta.inbox.duplicates", "consumer", consumer).increment(duplicates);
        }
        return fresh;
    }

    /**
     * A batch consumer's events: those of {@code types} (others are skipped) that this consumer has not handled
     * before, each once, in delivery order, recorded in one statement. A record that is not a readable CloudEvent
     * throws {@link id.talenta.chassis.events.PoisonMessageException} (the batch then falls back to one by one).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IncomingEvent> firstDeliveries(
            String consumer, List<ConsumerRecord<String, String>> records, Set<String> types) {
        List<IncomingEvent> wanted = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            IncomingEvent event = IncomingEvent.from(record, mapper);
            if (types.contains(event.type())) {
                wanted.add(event);
            }
        }
        Set<String> fresh =
                firstDeliveries(consumer, wanted.stream().map(IncomingEvent::id).toList());
        List<IncomingEvent> events = new ArrayList<>(fresh.size());
        for (IncomingEvent event : wanted) {
            if (fresh.remove(event.id())) { // a duplicate inside the batch counts once
                events.add(event);
            }
        }
        return events;
    }
}
