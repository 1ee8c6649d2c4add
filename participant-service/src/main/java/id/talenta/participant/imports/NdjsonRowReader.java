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
 * {@code education: {level, major}} object is flattened. Rows are numbered by line, from 1. A line over
 * {@value #MAX_LINE} characters is a row error (nothing grows without bound).
 */
public final class NdjsonRowReader implements RowReader {

    /** Longest line read; a longer one is a row error and the rest of the file is read on. */
    static final int MAX_LINE = 1 << 20;

    private final BufferedReader in;
    private final ObjectMapper mapper;
    private final StringBuilder text = new StringBuilder();
    private long line;

    public NdjsonRowReader(BufferedReader in, ObjectMapper mapper) {
        this.in = in;
        this.mapper = mapper;
    }

    @Override
    public SourceRow next() throws IOException {
        int end;
        while ((end = readLine()) != EOF) {
            line++;
            if (end == TOO_LONG) {
                return SourceRow.unreadable(
                        line, Map.of(), "row", "the line is longer than " + MAX_LINE + " characters");
            }
            if (text.toString().isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = mapper.readTree(text.toString());
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

    private static final int EOF = -1;
    private static final int LINE = 0;
    private static final int TOO_LONG = 1;

    /** Reads the next line into {@code text}, at most {@link #MAX_LINE} characters (the rest of a longer one is skipped). */
    private int readLine() throws IOException {
        text.setLength(0);
        boolean tooLong = false;
        int c = in.read();
        if (c == -1) {
            return EOF;
        }
        while (c != -1 && c != '\n') {
            if (c != '\r') {
                if (text.length() < MAX_LINE) {
                    text.append((char) c);
                } else {
                    tooLong = true;
                }
            }
            c = in.read();
        }
        return tooLong ? TOO_LONG : LINE;
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
