package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of {@code contracts/schemas} (packaged into the chassis jar at build time, so the file in
 * {@code contracts/} is the one source): an event's data is checked against the schema of its type, the same way in
 * every consumer.
 */
public final class EventContracts {

    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventContracts() {}

    /** The violations of {@code data} against the schema of {@code eventType}, sorted; empty when it conforms. */
    public static List<String> violations(String eventType, JsonNode data) {
        JsonSchema schema = schema(eventType)
                .orElseThrow(() -> new IllegalArgumentException("no contract for event type " + eventType));
        return schema.validate(data).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }

    /**
     * The data of {@code event} as {@code type}, when the event is one of {@code types} and conforms to its schema;
     * otherwise poison (dead-letter topic), named with every violation.
     */
    public static <T> T read(
            id.talenta.chassis.events.IncomingEvent event,
            java.util.Set<String> types,
            Class<T> type,
            com.fasterxml.jackson.databind.ObjectMapper mapper) {
        if (!types.contains(event.type())) {
            throw new id.talenta.chassis.events.PoisonMessageException(
                    "event " + event.id() + " has type " + event.type() + ", not one of " + types);
        }
        List<String> violations = violations(event.type(), event.data());
        if (!violations.isEmpty()) {
            throw new id.talenta.chassis.events.PoisonMessageException("event " + event.id() + " (" + event.type()
                    + ") breaks its contract: " + String.join("; ", violations));
        }
        return event.as(type, mapper);
    }

    public static boolean known(String eventType) {
        return schema(eventType).isPresent();
    }

    private static Optional<JsonSchema> schema(String eventType) {
        return SCHEMAS.computeIfAbsent(eventType, EventContracts::load);
    }

    private static Optional<JsonSchema> load(String eventType) {
        String resource = "contracts/schemas/" + eventType + ".schema.json";
        try (InputStream in = EventContracts.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(FACTORY.getSchema(in));
        } catch (IOException e) {
            throw new IllegalStateException("contract " + resource + " cannot be read", e);
        }
    }
}
