package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
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
        return EventContracts.read(event, TYPES, ParticipantSnapshot.class, mapper);
    }
}
