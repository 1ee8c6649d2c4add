package id.talenta.chassis.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.query.NativeQuery;

/**
 * The one helper for set-based SQL (bulk upserts, read models, locks) beside Hibernate ORM with Panache: named
 * parameters ({@code :name}), rows read by column name ({@link Row}), and the PostgreSQL types the services use. It
 * runs on the caller's {@link EntityManager}, so it joins the caller's transaction and sees its pending changes.
 *
 * <ul>
 *   <li>uuid, text, numbers, booleans, dates: bound as they are;
 *   <li>{@link Instant}: bound as a UTC {@code timestamptz};
 *   <li>a {@link Collection}: bound as one PostgreSQL array literal, written {@code cast(:ids as uuid[])} in the
 *       statement (one parameter whatever the number of elements);
 *   <li>{@link #json(Object)}: a JSON text, written {@code cast(:doc as jsonb)}; {@link #rows(List)} is the one
 *       parameter of {@code jsonb_to_recordset(cast(:rows as jsonb)) as r(column type, ...)} over a whole batch.
 * </ul>
 *
 * Only classes of a service's {@code store} package use it (the architecture rules keep SQL there).
 */
@ApplicationScoped
public class Sql {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    /** A statement to bind and run. */
    public Statement statement(String text) {
        return new Statement(text);
    }

    /** A JSON parameter for {@code cast(:name as jsonb)}. */
    public Json json(Object value) {
        try {
            return new Json(value == null ? null : mapper.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("value cannot be written as JSON", e);
        }
    }

    /** A batch of rows (column name → value) as the one parameter of {@code jsonb_to_recordset}. */
    public Json rows(List<? extends Map<String, ?>> rows) {
        return json(rows);
    }

    /** A JSON text parameter; the statement casts it to jsonb. */
    public record Json(String text) {}

    /** One SQL statement with named parameters. */
    public final class Statement {
        private final String text;
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        private Statement(String text) {
            this.text = text;
        }

        public Statement bind(String name, Object value) {
            parameters.put(name, value);
            return this;
        }

        /** Binds only when {@code condition} holds: for a clause the statement text has only then. */
        public Statement bindIf(boolean condition, String name, Object value) {
            return condition ? bind(name, value) : this;
        }

        /** Every row, each mapped by column name. */
        public <T> List<T> list(Function<Row, T> mapper) {
            return rows().stream().map(mapper).toList();
        }

        /** The only row, if there is one (a second row is a programming error). */
        public <T> Optional<T> one(Function<Row, T> mapper) {
            List<Row> rows = rows();
            if (rows.size() > 1) {
                throw new IllegalStateException("expected at most one row, got " + rows.size() + ": " + text);
            }
            return rows.stream().findFirst().map(mapper);
        }

        /** Rows keyed by one of their columns (insertion order). */
        public <K, T> Map<K, T> map(Function<Row, K> key, Function<Row, T> value) {
            return rows().stream().collect(Collectors.toMap(key, value, (a, b) -> b, LinkedHashMap::new));
        }

        /** Runs an insert, update or delete (or a statement whose result is not read); the number of rows changed. */
        public int execute() {
            return prepared().executeUpdate();
        }

        @SuppressWarnings("unchecked")
        public List<Row> rows() {
            NativeQuery<Row> query = (NativeQuery<Row>) prepared().unwrap(NativeQuery.class);
            query.setTupleTransformer((tuple, aliases) -> Row.of(aliases, tuple));
            return query.getResultList();
        }

        private jakarta.persistence.Query prepared() {
            jakarta.persistence.Query query = em.createNativeQuery(text);
            parameters.forEach((name, value) -> query.setParameter(name, bindable(value)));
            return query;
        }
    }

    static Object bindable(Object value) {
        if (value instanceof Json json) {
            return json.text();
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Collection<?> values) {
            return PgArrays.literal(values);
        }
        return value;
    }
}
