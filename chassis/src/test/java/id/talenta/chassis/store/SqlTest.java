package id.talenta.chassis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The set-based SQL helper against the real PostgreSQL: named parameters in, rows by name out. */
@QuarkusTest
class SqlTest {

    @Inject
    Sql sql;

    @Test
    void readsEveryPostgresTypeWeUseByColumnName() {
        UUID id = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-03T01:02:03.456Z");
        Row row = QuarkusTransaction.requiringNew()
                .call(() -> sql.statement("select cast(:id as uuid) as participant_id, "
                                + "cast(:at as timestamptz) as finalized_at, cast(:day as date) as birth_date, "
                                + "cast(:ids as uuid[]) as members, cast(:names as text[]) as names, 3.25 as jpm, "
                                + "cast(7 as bigint) as total, true as eligible, cast(null as text) as reason, "
                                + "cast(:doc as jsonb) ->> 'box' as box")
                        .bind("id", id)
                        .bind("at", at)
                        .bind("day", LocalDate.of(1980, 2, 29))
                        .bind("ids", List.of(id))
                        .bind("names", List.of("a \"quoted\", name", "back\\slash"))
                        .bind("doc", sql.json(Map.of("box", 9)))
                        .one(r -> r)
                        .orElseThrow());

        assertEquals(id, row.uuid("participant_id"));
        assertEquals(at.truncatedTo(ChronoUnit.MICROS), row.instant("FINALIZED_AT"), "labels are case-insensitive");
        assertEquals(LocalDate.of(1980, 2, 29), row.date("birth_date"));
        assertEquals(List.of(id), row.uuids("members"));
        assertEquals(List.of("a \"quoted\", name", "back\\slash"), row.strings("names"));
        assertEquals(0, new BigDecimal("3.25").compareTo(row.decimal("jpm")));
        assertEquals(7, row.count("total"));
        assertTrue(row.bool("eligible"));
        assertNull(row.string("reason"));
        assertEquals("9", row.string("box"));
    }

    @Test
    void aColumnTheStatementDoesNotReturnIsAnErrorNamingTheColumns() {
        Row row = QuarkusTransaction.requiringNew()
                .call(() -> sql.statement("select 1 as one").one(r -> r).orElseThrow());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> row.integer("two"));
        assertTrue(e.getMessage().contains("[one]"), e.getMessage());
    }

    @Test
    void batchRowsAreOneParameterAndWritesReportTheirCount() {
        String consumer = "sql-test-" + UUID.randomUUID();
        List<Map<String, Object>> rows =
                List.of(Map.of("event_id", "e1"), Map.of("event_id", "e2"), Map.of("event_id", "e1"));
        int inserted = QuarkusTransaction.requiringNew()
                .call(() -> sql.statement("insert into inbox (consumer, event_id) "
                                + "select distinct :consumer, event_id from jsonb_to_recordset(cast(:rows as jsonb)) as r(event_id text) "
                                + "on conflict do nothing")
                        .bind("consumer", consumer)
                        .bind("rows", sql.rows(rows))
                        .execute());
        assertEquals(2, inserted);

        Map<String, String> stored = QuarkusTransaction.requiringNew()
                .call(() -> sql.statement(
                                "select event_id, consumer from inbox where consumer = :consumer order by event_id")
                        .bind("consumer", consumer)
                        .map(r -> r.string("event_id"), r -> r.string("consumer")));
        assertEquals(List.of("e1", "e2"), List.copyOf(stored.keySet()));
    }

    @Test
    void aSecondRowWhereOneIsExpectedIsAnError() {
        assertThrows(
                IllegalStateException.class,
                () -> QuarkusTransaction.requiringNew()
                        .call(() -> sql.statement("select g as n from generate_series(1, 2) as g")
                                .one(r -> r.integer("n"))));
    }

    @Test
    void anOptionalClauseBindsItsParameterOnlyWhenTheClauseIsThere() {
        for (String group : new String[] {null, "b"}) {
            List<String> found = QuarkusTransaction.requiringNew()
                    .call(() -> sql.statement("select g from unnest(cast(:all as text[])) as g where true"
                                    + (group == null ? "" : " and g = :group") + " order by g")
                            .bind("all", List.of("a", "b", "c"))
                            .bindIf(group != null, "group", group)
                            .list(r -> r.string("g")));
            assertEquals(group == null ? List.of("a", "b", "c") : List.of("b"), found);
        }
    }

    @Test
    void anArrayLiteralQuotesEveryElementAndKeepsNulls() {
        java.util.List<String> values = new java.util.ArrayList<>(List.of("a,b", "q\"uote", "back\\slash"));
        values.add(null);
        assertEquals("{\"a,b\",\"q\\\"uote\",\"back\\\\slash\",NULL}", PgArrays.literal(values));
    }
}
