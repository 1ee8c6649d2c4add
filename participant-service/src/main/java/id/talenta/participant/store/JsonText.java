package id.talenta.participant.store;

/**
 * JSON text written straight into a {@link StringBuilder}, for the rows the bulk import writes with {@code COPY}
 * (event payloads, audit before/after) without Jackson trees.
 */
public final class JsonText {

    private JsonText() {}

    /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
    public static void string(StringBuilder b, String s) {
        b.append('"');
        int n = s.length();
        int run = 0; // runs without characters to escape are copied in bulk
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            b.append(s, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default ->
                    b.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
            }
        }
        b.append(s, run, n).append('"');
    }
}
