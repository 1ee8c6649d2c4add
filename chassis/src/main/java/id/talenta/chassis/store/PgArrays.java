package id.talenta.chassis.store;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * PostgreSQL array literals ({@code cast(:ids as uuid[])}): one bind parameter for a whole batch, whatever its size,
 * with every element quoted so commas, quotes and backslashes survive; a null element is SQL NULL.
 */
public final class PgArrays {

    private PgArrays() {}

    public static String literal(Collection<?> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (Object v : values) {
            array.add(
                    v == null
                            ? "NULL"
                            : '"' + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return array.toString();
    }
}
