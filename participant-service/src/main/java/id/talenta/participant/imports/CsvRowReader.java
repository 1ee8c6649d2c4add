package id.talenta.participant.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RFC 4180 CSV with a header row: comma delimiter, optional double quotes ("" escapes a quote, quoted fields
 * may span lines), CRLF or LF. Rows are numbered as in a spreadsheet: the header is row 1.
 */
public final class CsvRowReader implements RowReader {

    private final Reader in;
    private final List<String> header;
    private final StringBuilder field = new StringBuilder();
    private long row = 1;
    private boolean eof;
    private int pushback = -2;

    public CsvRowReader(Reader in, Set<String> keyColumns) throws IOException {
        this.in = in;
        List<String> first = record();
        if (first == null || first.size() == 1 && first.get(0).isBlank()) {
            throw new MalformedFileException("the file is empty: a header row is required");
        }
        if (!first.isEmpty() && first.get(0).startsWith("\uFEFF")) {
            first.set(0, first.get(0).substring(1));
        }
        List<String> names = first.stream().map(String::strip).toList();
        if (names.size() == 1) {
            String only = names.get(0);
            for (String d : List.of(";", "\t", "|")) {
                if (only.contains(d)) {
                    throw new MalformedFileException("the header row has a single column containing '"
                            + (d.equals("\t") ? "\\t" : d) + "': the delimiter must be a comma");
                }
            }
        }
        if (names.stream().noneMatch(keyColumns::contains)) {
            String start = names.get(0);
            if (start.matches("[0-9]{6,}")) {
                throw new MalformedFileException("the file has no header row: the first row starts with the number "
                        + abbreviate(start) + "; add a header row with column names (nip or nipBaru, ...)");
            }
            throw new MalformedFileException("the header row has no "
                    + String.join(" or ", keyColumns.stream().sorted().toList()) + " column; found: "
                    + abbreviate(String.join(",", names)));
        }
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!n.isEmpty() && !seen.add(n)) {
                throw new MalformedFileException("the header row names column " + n + " twice");
            }
        }
        this.header = names;
    }

    @Override
    public SourceRow next() throws IOException {
        while (true) {
            List<String> values;
            try {
                values = record();
            } catch (UnterminatedQuoteException e) {
                row++;
                return SourceRow.unreadable(
                        row, Map.of(), "row", "a quoted field is not closed before the end of the file");
            }
            if (values == null) {
                return null;
            }
            row++;
            if (values.size() == 1 && values.get(0).isBlank()) {
                continue; // blank line
            }
            Map<String, String> fields = new HashMap<>(header.size() * 2);
            for (int i = 0; i < Math.min(values.size(), header.size()); i++) {
                if (!header.get(i).isEmpty()) {
                    fields.put(header.get(i), values.get(i));
                }
            }
            if (values.size() != header.size()) {
                return SourceRow.unreadable(
                        row,
                        fields,
                        "row",
                        "the row has " + values.size() + " fields but the header has " + header.size());
            }
            return SourceRow.of(row, fields);
        }
    }

    private static final class UnterminatedQuoteException extends RuntimeException {
        UnterminatedQuoteException() {
            super(null, null, false, false);
        }
    }

    /** Reads one record, or null at end of input. */
    private List<String> record() throws IOException {
        if (eof) {
            return null;
        }
        List<String> values = new ArrayList<>();
        field.setLength(0);
        int c = read();
        if (c == -1) {
            eof = true;
            return null;
        }
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    eof = true;
                    throw new UnterminatedQuoteException();
                }
                if (c == '"') {
                    int n = read();
                    if (n == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    field.append((char) c);
                }
            } else {
                if (c == -1) {
                    eof = true;
                    values.add(field.toString());
                    return values;
                }
                if (c == ',') {
                    values.add(field.toString());
                    field.setLength(0);
                    afterQuote = false;
                } else if (c == '\n') {
                    values.add(field.toString());
                    return values;
                } else if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushback = n;
                    }
                    values.add(field.toString());
                    return values;
                } else if (c == '"' && field.length() == 0 && !afterQuote) {
                    quoted = true;
                } else {
                    field.append((char) c);
                }
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        if (pos == limit) {
            limit = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[pos++];
    }

    private final char[] buffer = new char[64 * 1024];
    private int pos;
    private int limit;

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
