package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import java.util.Set;

/** The one reading of the unit-event contract ({@code contracts/schemas/unit.*.schema.json}). */
public final class UnitContract {

    public static final Set<String> TYPES = Set.of("unit.registered", "unit.updated");

    private UnitContract() {}

    /** The snapshot an event carries; an event of another type or one that breaks its schema is poison. */
    public static UnitSnapshot read(IncomingEvent event, ObjectMapper mapper) {
        return EventContracts.read(event, TYPES, UnitSnapshot.class, mapper);
    }
}
