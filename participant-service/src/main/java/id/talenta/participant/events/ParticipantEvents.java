package id.talenta.participant.events;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.Outbox;
import id.talenta.participant.domain.ParticipantState;
import id.talenta.participant.store.UnitStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Publishes participant events through the outbox, in the caller's transaction. */
@ApplicationScoped
public class ParticipantEvents {

    @Inject
    Outbox outbox;

    @Inject
    TopicsConfig topics;

    @Inject
    UnitStore units;

    /** The CloudEvents subject of every event about a participant: {@code participants/{participantId}}. */
    public static String subject(UUID participantId) {
        return "participants/" + participantId;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(String type, ParticipantState state, List<String> changedFields) {
        ParticipantPayload payload = ParticipantPayload.of(
                state,
                units.agencyOf(state.unitCode()).orElse(null),
                changedFields,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        outbox.publish(topics.participants(), state.id().toString(), type, subject(state.id()), payload);
    }
}
