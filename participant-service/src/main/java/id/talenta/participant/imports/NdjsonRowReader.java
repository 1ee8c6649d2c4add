package id.talenta.participant.imports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Newline-delimited JSON: one object per line with the API's field names (or SIASN names); an
 * {@code education: {level, major}} object is flattened. Rows are numbered by line, from 1.
 */
public final class NdjsonRowReader implements RowReader {

    private final BufferedReader in;
    private final ObjectMapper mapper;
    private long line;

    public NdjsonRowReader(BufferedReader in, ObjectMapper mapper) {
        this.in = in;
        this.mapper = mapper;
    }

    @Override
    public SourceRow next() throws IOException {
        String text;
        while ((text = in.readLine()) != null) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(text);
            } catch (IOException e) {
                return SourceRow.unreadable(line, Map.of(), "row", "the line is not valid JSON");
            }
            if (node == null || !node.isObject()) {
                return SourceRow.unreadable(line, Map.of(), "row", "the line is not a JSON object");
            }
            Map<String, String> fields = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode v = e.getValue();
                if (e.getKey().equals("education") && v.isObject()) {
                    put(fields, "educationLevel", v.get("level"));
                    put(fields, "educationMajor", v.get("major"));
                } else if (v.isContainerNode()) {
                    return SourceRow.unreadable(
                            line,
                            fields,
                            e.getKey(),
                            "must be a single value, not " + (v.isArray() ? "a list" : "an object"));
                } else {
                    put(fields, e.getKey(), v);
                }
            }
            return SourceRow.of(line, fields);
        }
        return null;
    }

    private static void put(Map<String, String> fields, String key, JsonNode v) {
        if (v != null && !v.isNull()) {
            fields.put(key, v.asText());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
