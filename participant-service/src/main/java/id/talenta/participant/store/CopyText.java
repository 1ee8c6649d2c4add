package id.talenta.participant.store;

/**
 * Builds the body of a PostgreSQL {@code COPY ... FROM STDIN} in text format: tab-separated columns, one row per
 * line, {@code \N} for null, backslash escapes for backslash, tab, newline and carriage return.
 */
public final class CopyText {

    private final StringBuilder b;
    private boolean rowStarted;

    public CopyText(int expectedChars) {
        b = new StringBuilder(expectedChars);
    }

    public CopyText col(Object value) {
        separator();
        if (value == null) {
            b.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** A column whose text was built in a reusable buffer (escaped while copied; no intermediate String). */
    public CopyText colBuilt(StringBuilder scratch) {
        separator();
        escape(scratch);
        return this;
    }

    public CopyText end() {
        b.append('\n');
        rowStarted = false;
        return this;
    }

    public byte[] bytes() {
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public int length() {
        return b.length();
    }

    private void separator() {
        if (rowStarted) {
            b.append('\t');
        }
        rowStarted = true;
    }

    /** Copies runs without special characters in bulk (most values have none); escapes the rest. */
    private void escape(CharSequence s) {
        int n = s.length();
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                b.append(s, run, i);
                b.append(c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : "\\r");
                run = i + 1;
            }
        }
        b.append(s, run, n);
    }
}
