package id.talenta.chassis.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A CloudEvents 1.0 event read from Kafka in binary mode: attributes from ce_* headers, data from the value. */
public record IncomingEvent(
        String id, String type, String source, String subject, String time, String key, JsonNode data) {

    /**
     * Reads the envelope; anything that is not a well-formed Talenta event is a {@link PoisonMessageException},
     * which sends the record to the dead-letter topic.
     */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        if (id == null || id.isBlank()) {
            throw new PoisonMessageException("missing ce_id header");
        }
        if (type == null || type.isBlank()) {
            throw new PoisonMessageException("missing ce_type header");
        }
        if (record.value() == null) {
            throw new PoisonMessageException("event " + id + " has no data");
        }
        JsonNode data;
        try {
            data = mapper.readTree(record.value());
        } catch (Exception e) {
            throw new PoisonMessageException("event " + id + " data is not JSON: " + e.getMessage());
        }
        if (data == null || !data.isObject()) {
            throw new PoisonMessageException("event " + id + " data is not a JSON object");
        }
        return new IncomingEvent(
                id,
                type,
                header(record, "ce_source"),
                header(record, "ce_subject"),
                header(record, "ce_time"),
                record.key(),
                data);
    }

    /** Maps the data onto a payload record; a payload of the wrong shape is poison. */
    public <T> T as(Class<T> payloadType, ObjectMapper mapper) {
        try {
            return mapper.treeToValue(data, payloadType);
        } catch (Exception e) {
            throw new PoisonMessageException("event " + id + " (" + type + ") does not match "
                    + payloadType.getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
