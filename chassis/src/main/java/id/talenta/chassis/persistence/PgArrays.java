package id.talenta.chassis.persistence;

import java.util.Collection;
import java.util.StringJoiner;

/**
 * PostgreSQL array literals for native queries ({@code cast(?1 as text[])}): one bind parameter for a whole batch,
 * whatever its size, with every element quoted so commas, quotes and backslashes survive.
 */
public final class PgArrays {

    private PgArrays() {}

    public static String text(Collection<?> values) {
        StringJoiner array = new StringJoiner(",", "{", "}");
        for (Object v : values) {
            array.add('"' + String.valueOf(v).replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return array.toString();
    }
}
