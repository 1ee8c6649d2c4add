package id.talenta.participant.imports;

import id.talenta.participant.domain.SiasnColumns;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Delimited text with a header row, as SIASN exports and spreadsheets write it (docs/siasn.md): the delimiter is
 * sniffed from the header ({@code |}, {@code ,}, {@code ;} or tab, whichever occurs most outside quotes), a UTF-8
 * byte-order mark is dropped, optional double quotes ("" escapes a quote, quoted fields may span lines), CRLF or
 * LF. Column names are matched without regard to case and turned into the names the import reads
 * ({@link SiasnColumns#canonical}). Rows are numbered as in a spreadsheet: the header is row 1. Nothing grows
 * without bound: a field over {@value #MAX_FIELD} characters or a row over {@value #MAX_FIELDS} fields is a row
 * problem, and a header line over {@value #MAX_HEADER} characters fails the file.
 */
public final class CsvRowReader implements RowReader {

    /** Longest field read (a position title or an address is a few hundred characters). */
    static final int MAX_FIELD = 10_000;

    /** Most fields in a row (the SIASN export has 67 columns). */
    static final int MAX_FIELDS = 500;

    /** Longest header line. */
    static final int MAX_HEADER = 65_536;

    private static final String DELIMITERS = "|,;\t";

    private final Reader in;
    private final List<String> header;
    private char delimiter = ',';
    private String pending;
    private int pendingPos;
    private boolean tooLong;
    private boolean tooMany;
    private final StringBuilder field = new StringBuilder();
    private long row = 1;
    private boolean eof;
    private int pushback = -2;

    public CsvRowReader(Reader in, Set<String> keyColumns) throws IOException {
        this.in = in;
        String line = headerLine();
        delimiter = sniff(line);
        pending = line + "\n";
        List<String> first = record();
        if (first == null || first.size() == 1 && first.get(0).isBlank()) {
            throw new MalformedFileException("the file is empty: a header row is required");
        }
        List<String> names = first.stream().map(SiasnColumns::canonical).toList();
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
            if (values.size() == 1 && values.get(0).isBlank() && !tooLong) {
                continue; // blank line
            }
            if (tooLong || tooMany) {
                return SourceRow.unreadable(
                        row,
                        Map.of(),
                        "row",
                        tooLong
                                ? "a field is longer than " + MAX_FIELD + " characters"
                                : "the row has more than " + MAX_FIELDS + " fields");
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
        tooLong = false;
        tooMany = false;
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
                        append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = n;
                        continue;
                    }
                } else {
                    append((char) c);
                }
            } else {
                if (c == -1) {
                    eof = true;
                    add(values);
                    return values;
                }
                if (c == delimiter) {
                    add(values);
                    field.setLength(0);
                    afterQuote = false;
                } else if (c == '\n') {
                    add(values);
                    return values;
                } else if (c == '\r') {
                    int n = read();
                    if (n != '\n') {
                        pushback = n;
                    }
                    add(values);
                    return values;
                } else if (c == '"' && field.length() == 0 && !afterQuote) {
                    quoted = true;
                } else {
                    append((char) c);
                }
            }
            c = read();
        }
    }

    private void append(char c) {
        if (field.length() < MAX_FIELD) {
            field.append(c);
        } else {
            tooLong = true;
        }
    }

    private void add(List<String> values) {
        if (values.size() < MAX_FIELDS) {
            values.add(field.toString());
        } else {
            tooMany = true;
        }
    }

    /** The first line of the input, without its line end and byte-order mark. */
    private String headerLine() throws IOException {
        StringBuilder line = new StringBuilder();
        int c = read();
        if (c == '\uFEFF') {
            c = read();
        }
        while (c != -1 && c != '\n') {
            if (line.length() >= MAX_HEADER) {
                throw new MalformedFileException("the header row is longer than " + MAX_HEADER + " characters");
            }
            line.append((char) c);
            c = read();
        }
        if (c == -1) {
            eof = line.isEmpty();
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        return line.toString();
    }

    /** The candidate delimiter that occurs most often outside quotes in the header line (a comma when none does). */
    static char sniff(String header) {
        int[] counts = new int[DELIMITERS.length()];
        boolean quoted = false;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                int d = DELIMITERS.indexOf(c);
                if (d >= 0) {
                    counts[d]++;
                }
            }
        }
        int best = 1; // comma
        for (int d = 0; d < counts.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS.charAt(best);
    }

    private int read() throws IOException {
        if (pending != null) {
            if (pendingPos < pending.length()) {
                return pending.charAt(pendingPos++);
            }
            pending = null;
        }
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
