package id.talenta.participant.imports;

import id.talenta.chassis.outbox.OutboxRelay;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.participant.config.TopicsConfig;
import id.talenta.participant.events.ParticipantEvent;
import id.talenta.participant.events.ParticipantEventJson;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk variant of the chassis {@code Outbox#publish}: one {@code COPY} writes a whole batch of events into the
 * {@code outbox} table (same columns and CloudEvents data as the chassis writes), in the import batch's
 * transaction, and the relay is woken after the commit. The chassis method does one insert per event, too slow
 * for a million-row import; the payload JSON is written by {@link ParticipantEventJson} (no reflection).
 */
@ApplicationScoped
public class ImportOutboxWriter {

    public record PendingEvent(String type, ParticipantEvent payload) {}

    private static final Object WAKE_REGISTERED = new Object();

    @Inject OutboxRelay relay;
    @Inject TopicsConfig topics;
    @Inject TransactionSynchronizationRegistry transactions;

    /**
     * Writes the events with one {@code COPY} (in list order, so the relay publishes them in that order). Must run
     * inside the JTA transaction that owns {@code c}.
     */
    public void write(Connection c, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        String topic = topics.participants();
        CopyText copy = new CopyText(events.size() * 760);
        StringBuilder json = new StringBuilder(640);
        for (PendingEvent e : events) {
            String key = e.payload().participantId().toString();
            json.setLength(0);
            ParticipantEventJson.append(json, e.payload());
            copy.col(TimeOrderedUuid.next()).col(topic).col(key).col(e.type()).col("participants/" + key).colBuilt(json).end();
        }
        ImportBatchWriter.copy(c, "copy outbox (event_id, topic, record_key, event_type, subject, payload) from stdin",
                copy);
        wakeRelayAfterCommit();
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
