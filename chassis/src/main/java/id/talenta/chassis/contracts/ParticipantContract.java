package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import java.util.List;
import java.util.Set;

/**
 * The one reading of the participant-event contract ({@code contracts/schemas/participant.*.schema.json}) shared by
 * the three services that replicate participants: an event whose data breaks its schema is poison (dead-letter
 * topic), named with every violation.
 */
public final class ParticipantContract {

    public static final String TOPIC = "talenta.participants.v1";
    public static final Set<String> TYPES =
            Set.of("participant.registered", "participant.updated", "participant.deactivated");

    private ParticipantContract() {}

    public static ParticipantSnapshot read(IncomingEvent event, ObjectMapper mapper) {
        if (!TYPES.contains(event.type())) {
            throw new PoisonMessageException(
                    "event " + event.id() + " has type " + event.type() + ", not one of " + TYPES);
        }
        List<String> violations = EventContracts.violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") breaks its contract: "
                    + String.join("; ", violations));
        }
        return event.as(ParticipantSnapshot.class, mapper);
    }
}
