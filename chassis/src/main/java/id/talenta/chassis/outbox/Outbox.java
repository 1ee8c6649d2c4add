package id.talenta.chassis.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Writes events to the outbox table in the caller's transaction. Nothing reaches Kafka unless the
 * transaction commits; the relay is woken right after the commit.
 */
@ApplicationScoped
public class Outbox {

    private static final Object WAKE_REGISTERED = new Object();

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /** Publishes {@code payload} as JSON; returns the CloudEvents id of the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String key, String type, String subject, Object payload) {
        String json;
        try {
            json = payload instanceof String s ? s : mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event payload cannot be serialised: " + type, e);
        }
        UUID eventId = TimeOrderedUuid.next();
        sql.statement("insert into outbox (event_id, topic, record_key, event_type, subject, payload) "
                        + "values (:eventId, :topic, :key, :type, :subject, cast(:payload as jsonb))")
                .bind("eventId", eventId)
                .bind("topic", topic)
                .bind("key", key)
                .bind("type", type)
                .bind("subject", subject)
                .bind("payload", json)
                .execute();
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wake();
                }
            }
        });
    }
}
