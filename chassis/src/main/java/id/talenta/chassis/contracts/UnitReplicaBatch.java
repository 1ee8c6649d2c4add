package id.talenta.chassis.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps a service's replica of the unit trees ({@code unit_replica}: code, name, parent_code, agency_code, revision)
 * from the units topic, the same way in every service: first deliveries only (inbox), each read against the contract,
 * the newest revision per unit, one upsert per batch that never goes back to an older revision.
 */
@ApplicationScoped
public class UnitReplicaBatch {

    @Inject
    Inbox inbox;

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    /** Applies a batch; the codes of the units whose replica changed, ascending. */
    public List<String> apply(
            String consumer, List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records) {
        Map<String, UnitSnapshot> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(consumer, records, UnitContract.TYPES)) {
            UnitSnapshot u = UnitContract.read(event, mapper);
            newest.merge(u.code(), u, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        if (newest.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitSnapshot u : newest.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", u.code());
            row.put("name", u.name());
            row.put("parent_code", u.parentCode());
            row.put("agency_code", u.agencyCode());
            row.put("revision", u.revision());
            rows.add(row);
        }
        return sql
                .statement("insert into unit_replica (code, name, parent_code, agency_code, revision, updated_at) "
                        + "select code, name, parent_code, agency_code, revision, now() "
                        + "from jsonb_to_recordset(cast(:rows as jsonb)) as r("
                        + "code text, name text, parent_code text, agency_code text, revision bigint) "
                        + "on conflict (code) do update set name = excluded.name, parent_code = excluded.parent_code, "
                        + "agency_code = excluded.agency_code, revision = excluded.revision, updated_at = now() "
                        + "where unit_replica.revision < excluded.revision returning code")
                .bind("rows", sql.rows(rows))
                .list(r -> r.string("code"))
                .stream()
                .sorted()
                .toList();
    }
}
