package id.talenta.participant.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.outbox.OutboxRelay;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.participant.config.TopicsConfig;
import id.talenta.participant.events.ParticipantEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Bulk variant of the chassis {@code Outbox#publish}: one statement writes a whole batch of events into the
 * {@code outbox} table, in the import batch's transaction, and the relay is woken after the commit. The chassis
 * method does one insert per event, too slow for a million-row import.
 */
@ApplicationScoped
public class ImportOutboxWriter {

    public record PendingEvent(String type, ParticipantEvent payload) {}

    private static final Object WAKE_REGISTERED = new Object();

    @Inject ObjectMapper mapper;
    @Inject OutboxRelay relay;
    @Inject TopicsConfig topics;
    @Inject TransactionSynchronizationRegistry transactions;

    /** Must run inside the JTA transaction that owns {@code c}. */
    public void write(Connection c, List<PendingEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        String[] ids = new String[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] subjects = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            PendingEvent e = events.get(i);
            ids[i] = TimeOrderedUuid.next().toString();
            keys[i] = e.payload().participantId().toString();
            types[i] = e.type();
            subjects[i] = "participants/" + keys[i];
            try {
                payloads[i] = mapper.writeValueAsString(e.payload());
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("event payload cannot be serialised", ex);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into outbox (event_id, topic, record_key, event_type, "
                + "subject, payload) select u.e::uuid, ?, u.k, u.t, u.s, u.p::jsonb "
                + "from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) with ordinality as u(e, k, t, s, p, o) "
                + "order by u.o")) {
            ps.setString(1, topics.participants());
            ps.setArray(2, c.createArrayOf("text", ids));
            ps.setArray(3, c.createArrayOf("text", keys));
            ps.setArray(4, c.createArrayOf("text", types));
            ps.setArray(5, c.createArrayOf("text", subjects));
            ps.setArray(6, c.createArrayOf("text", payloads));
            ps.executeUpdate();
        }
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
