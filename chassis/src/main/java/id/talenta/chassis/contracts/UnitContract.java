package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import java.util.List;
import java.util.Set;

/** The one reading of the unit-event contract ({@code contracts/schemas/unit.*.schema.json}). */
public final class UnitContract {

    public static final Set<String> TYPES = Set.of("unit.registered", "unit.updated");

    private UnitContract() {}

    /** The snapshot an event carries; an event of another type or one that breaks its schema is poison. */
    public static UnitSnapshot read(IncomingEvent event, ObjectMapper mapper) {
        if (!TYPES.contains(event.type())) {
            throw new PoisonMessageException(
                    "event " + event.id() + " has type " + event.type() + ", not one of " + TYPES);
        }
        List<String> violations = EventContracts.violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type() + ") breaks its contract: "
                    + String.join("; ", violations));
        }
        return event.as(UnitSnapshot.class, mapper);
    }
}
