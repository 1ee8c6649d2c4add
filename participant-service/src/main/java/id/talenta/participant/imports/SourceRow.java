package id.talenta.participant.imports;

import java.util.Map;

/**
 * One record read from a source (a CSV line, an NDJSON line, a national-service answer): its position, its
 * fields by column name, and why it could not be read when it could not ({@code problem} non-null).
 */
public record SourceRow(long row, Map<String, String> fields, String problemField, String problem) {

    public static SourceRow of(long row, Map<String, String> fields) {
        return new SourceRow(row, fields, null, null);
    }

    public static SourceRow unreadable(long row, Map<String, String> fields, String field, String problem) {
        return new SourceRow(row, fields, field, problem);
    }
}
