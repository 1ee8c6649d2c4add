package id.talenta.chassis.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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
}
