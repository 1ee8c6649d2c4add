package id.talenta.chassis.inbox;

import id.talenta.chassis.persistence.PgArrays;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Idempotent consumer: records (consumer, event id) in the handler's own transaction. If the
 * handler rolls back, so does the record, and the redelivered event is processed again; if it
 * commits, every later delivery of the same event is skipped.
 */
@ApplicationScoped
public class Inbox {

    @Inject EntityManager em;
    @Inject MeterRegistry meters;

    /** True the first time this consumer sees the event; false for a redelivery (counted). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        int inserted = em.createNativeQuery(
                        "insert into inbox (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate();
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
    @SuppressWarnings("unchecked")
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        List<String> ids = List.copyOf(eventIds);
        List<Object> inserted = em.createNativeQuery("insert into inbox (consumer, event_id) "
                        + "select ?1, id from unnest(cast(?2 as text[])) as u(id) on conflict do nothing returning event_id")
                .setParameter(1, consumer)
                .setParameter(2, PgArrays.text(ids))
                .getResultList();
        Set<String> fresh = new HashSet<>();
        inserted.forEach(id -> fresh.add((String) id));
        int duplicates = ids.size() - fresh.size();
        if (duplicates > 0) {
            meters.counter("talenta.inbox.duplicates", "consumer", consumer).increment(duplicates);
        }
        return fresh;
    }
}
