package id.talenta.chassis.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.ServiceArchitecture;
import org.junit.jupiter.api.Test;

/** What the architecture rule counts as SQL text outside a store package. */
class SqlLiteralsTest {

    @Test
    void statementsInStringsAndTextBlocksAreFound() {
        String source = """
                String a = "select p.nip from participant p where p.id = ?1";
                String b = "insert into inbox (consumer) values (?)";
                String c = "update placement set box = 5 where x";
                String d = "delete from inbox where ts < now()";
                String e = " on conflict (id) do nothing";
                String f = \"\"\"
                    with latest as (select 1)
                    select * from latest
                    \"\"\";
                """;
        assertEquals(
                6,
                ServiceArchitecture.sqlLiterals(source).size(),
                ServiceArchitecture.sqlLiterals(source).toString());
    }

    @Test
    void proseAndPanacheFragmentsAreNotSql() {
        String source = """
                String a = "select a readiness level from the policy";
                String b = "the participant was deleted from the unit";
                String c = "nip = ?1";
                String d = "update the profile when the framework changes";
                """;
        assertEquals(
                0,
                ServiceArchitecture.sqlLiterals(source).size(),
                ServiceArchitecture.sqlLiterals(source).toString());
    }
}
