package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Placement and readiness history rows. Written at once, or — inside a batch ({@link #deferInThisTransaction}) —
 * collected and written with one multi-row insert per table when the batch is done, which saves a round trip per
 * row on the event path. Either way they commit with the change they record.
 */
@ApplicationScoped
public class HistoryStore {

    private static final Object DEFERRED = new Object();

    private record Deferred(List<Map<String, Object>> placements, List<Map<String, Object>> readiness) {}

    private static final String PLACEMENT_COLUMNS = "participant_id, revision, box, computed_box, calibrated, "
            + "performance_level, potential_level, in_talent_pool, policy_version, explanation, changed_at";
    private static final String PLACEMENT_TYPES = "participant_id uuid, revision integer, box integer, "
            + "computed_box integer, calibrated boolean, performance_level text, potential_level text, "
            + "in_talent_pool boolean, policy_version integer, explanation text, changed_at timestamptz";
    private static final String READINESS_COLUMNS = "key_position_id, participant_id, position_title, revision, "
            + "from_readiness, to_readiness, target_fit, box, rule, explanation, policy_version, changed_at, "
            + "computed_readiness, calibrated";
    private static final String READINESS_TYPES = "key_position_id uuid, participant_id uuid, position_title text, "
            + "revision integer, from_readiness text, to_readiness text, target_fit numeric, box integer, rule text, "
            + "explanation text, policy_version integer, changed_at timestamptz, computed_readiness text, "
            + "calibrated boolean";

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    @Inject
    TransactionSynchronizationRegistry transaction;

    /** From now on until {@link #writeDeferred()}, rows of this transaction are collected. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deferInThisTransaction() {
        if (transaction.getResource(DEFERRED) == null) {
            transaction.putResource(DEFERRED, new Deferred(new ArrayList<>(), new ArrayList<>()));
        }
    }

    /** Whether rows are being collected (then the placement row need not be flushed before its history row). */
    public boolean deferring() {
        return transaction.getResource(DEFERRED) != null;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void placement(Map<String, Object> row) {
        write(PLACEMENT_HISTORY, row, Deferred::placements);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void readiness(Map<String, Object> row) {
        write(READINESS_CHANGE, row, Deferred::readiness);
    }

    /** Writes what was collected (the placements they refer to are flushed first). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void writeDeferred() {
        Deferred d = (Deferred) transaction.getResource(DEFERRED);
        if (d == null) {
            return;
        }
        em.flush();
        insert(PLACEMENT_HISTORY, d.placements());
        insert(READINESS_CHANGE, d.readiness());
        d.placements().clear();
        d.readiness().clear();
    }

    private record Table(String name, String columns, String types) {}

    private static final Table PLACEMENT_HISTORY = new Table("placement_history", PLACEMENT_COLUMNS, PLACEMENT_TYPES);
    private static final Table READINESS_CHANGE = new Table("readiness_change", READINESS_COLUMNS, READINESS_TYPES);

    private void write(Table table, Map<String, Object> row, Function<Deferred, List<Map<String, Object>>> list) {
        Deferred d = (Deferred) transaction.getResource(DEFERRED);
        if (d != null) {
            list.apply(d).add(row);
        } else {
            insert(table, List.of(row));
        }
    }

    private void insert(Table table, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        sql.statement("insert into " + table.name() + " (" + table.columns() + ") select " + table.columns()
                        + " from jsonb_to_recordset(cast(:rows as jsonb)) as r(" + table.types() + ")")
                .bind("rows", sql.rows(rows))
                .execute();
    }

    /** A row as column → value (names must match the column list). */
    public static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            m.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return m;
    }
}
