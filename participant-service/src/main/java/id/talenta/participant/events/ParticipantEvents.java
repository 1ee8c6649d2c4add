package id.talenta.participant.events;

import id.talenta.chassis.outbox.Outbox;
import id.talenta.participant.config.TopicsConfig;
import id.talenta.participant.domain.ParticipantState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Publishes participant events through the outbox, in the caller's transaction. */
@ApplicationScoped
public class ParticipantEvents {

    @Inject Outbox outbox;
    @Inject TopicsConfig topics;

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, ParticipantState state, List<String> changedFields) {
        ParticipantEvent payload = ParticipantEvent.of(state, changedFields, Instant.now().truncatedTo(ChronoUnit.MILLIS));
        outbox.publish(topics.participants(), state.id().toString(), type, "participants/" + state.id(), payload);
    }
}
