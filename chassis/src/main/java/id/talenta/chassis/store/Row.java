package id.talenta.chassis.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One result row read by column name (the label in the statement, case-insensitive), whatever Java type the driver
 * hands back for a column: a timestamptz may arrive as {@link Timestamp}, {@link OffsetDateTime} or {@link Instant},
 * an array as {@code Object[]} or {@link java.sql.Array}. Asking for a column the statement does not return is a
 * programming error, reported at once with the columns it does return.
 */
public final class Row {

    private final Map<String, Object> values;

    private Row(Map<String, Object> values) {
        this.values = values;
    }

    static Row of(String[] aliases, Object[] tuple) {
        Map<String, Object> values = new HashMap<>(tuple.length * 2);
        for (int i = 0; i < tuple.length; i++) {
            String alias =
                    aliases != null && i < aliases.length && aliases[i] != null ? aliases[i] : "column" + (i + 1);
            values.put(alias.toLowerCase(Locale.ROOT), tuple[i]);
        }
        return new Row(values);
    }

    /** A row from column values (for tests and for statements assembled in code). */
    public static Row of(Map<String, ?> columns) {
        Map<String, Object> values = new HashMap<>();
        columns.forEach((k, v) -> values.put(k.toLowerCase(Locale.ROOT), v));
        return new Row(values);
    }

    public Set<String> columns() {
        return values.keySet();
    }

    public boolean isNull(String column) {
        return value(column) == null;
    }

    public Object value(String column) {
        String key = column.toLowerCase(Locale.ROOT);
        if (!values.containsKey(key)) {
            throw new IllegalArgumentException("no column '" + column + "' in this row; it has " + values.keySet());
        }
        return values.get(key);
    }

    public String string(String column) {
        Object v = value(column);
        return v == null ? null : v.toString();
    }

    public UUID uuid(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof UUID u ? u : UUID.fromString(v.toString());
    }

    /** An integer column; null stays null. */
    public Integer integer(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof Number n ? n.intValue() : Integer.valueOf(v.toString());
    }

    /** A count or bigint column; null counts as 0. */
    public long count(String column) {
        Object v = value(column);
        return v == null ? 0 : v instanceof Number n ? n.longValue() : Long.parseLong(v.toString());
    }

    public Long longValue(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof Number n ? n.longValue() : Long.valueOf(v.toString());
    }

    public BigDecimal decimal(String column) {
        Object v = value(column);
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal b) {
            return b;
        }
        if (v instanceof Double || v instanceof Float) {
            return BigDecimal.valueOf(((Number) v).doubleValue());
        }
        return new BigDecimal(v.toString());
    }

    public Double doubleValue(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof Number n ? n.doubleValue() : Double.valueOf(v.toString());
    }

    public Boolean bool(String column) {
        Object v = value(column);
        return v == null ? null : v instanceof Boolean b ? b : Boolean.valueOf(v.toString());
    }

    /** A timestamptz (or timestamp, read as UTC) column. */
    public Instant instant(String column) {
        Object v = value(column);
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (v instanceof ZonedDateTime t) {
            return t.toInstant();
        }
        if (v instanceof Timestamp t) {
            return t.toInstant();
        }
        if (v instanceof LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (v instanceof java.util.Date d) {
            return d.toInstant();
        }
        return OffsetDateTime.parse(v.toString()).toInstant();
    }

    public LocalDate date(String column) {
        Object v = value(column);
        if (v == null) {
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        if (v instanceof Date d) {
            return d.toLocalDate();
        }
        if (v instanceof Timestamp t) {
            return t.toLocalDateTime().toLocalDate();
        }
        return LocalDate.parse(v.toString());
    }

    /** A text[] (or any array) column as strings; null is an empty list. */
    public List<String> strings(String column) {
        return elements(column).stream()
                .map(e -> e == null ? null : e.toString())
                .toList();
    }

    /** A uuid[] column; null is an empty list. */
    public List<UUID> uuids(String column) {
        return elements(column).stream()
                .map(e -> e == null ? null : e instanceof UUID u ? u : UUID.fromString(e.toString()))
                .toList();
    }

    private List<Object> elements(String column) {
        Object v = value(column);
        if (v == null) {
            return List.of();
        }
        if (v instanceof java.sql.Array array) {
            try {
                v = array.getArray();
            } catch (SQLException e) {
                throw new IllegalStateException("array column '" + column + "' cannot be read", e);
            }
        }
        if (v instanceof Object[] objects) {
            return Arrays.asList(objects);
        }
        if (v instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        throw new IllegalStateException(
                "column '" + column + "' is not an array but " + v.getClass().getName());
    }
}
