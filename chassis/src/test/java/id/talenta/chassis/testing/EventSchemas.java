package id.talenta.chassis.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks event payloads against the JSON Schemas in {@code contracts/schemas/<event type>.schema.json}
 * (found by walking up from the working directory to the repository root).
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EventSchemas() {}

    public static Path contractsDir() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("contracts/schemas");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException(
                "contracts/schemas not found above " + Path.of("").toAbsolutePath());
    }

    /** Returns the violations (empty when the payload matches the schema of its event type). */
    public static Set<String> violations(String eventType, String json) {
        Path schemaFile = contractsDir().resolve(eventType + ".schema.json");
        if (!Files.exists(schemaFile)) {
            return Set.of("no schema for event type " + eventType + " at " + schemaFile);
        }
        try (InputStream in = Files.newInputStream(schemaFile)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
            JsonNode node = MAPPER.readTree(json);
            Set<ValidationMessage> errors = schema.validate(node);
            return errors.stream().map(ValidationMessage::getMessage).collect(Collectors.toSet());
        } catch (Exception e) {
            return Set.of("cannot validate: " + e.getMessage());
        }
    }

    /** Fails with every violation listed when the payload does not match. */
    public static void assertValid(String eventType, String json) {
        Set<String> errors = violations(eventType, json);
        if (!errors.isEmpty()) {
            throw new AssertionError(eventType + " payload violates its contract: " + errors + "\npayload: " + json);
        }
    }
}
