package id.talenta.chassis.locks;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Serialises every re-evaluation of one participant (Kafka consumers, HTTP, jobs, several instances) with a
 * transaction-scoped PostgreSQL advisory lock, so revisions never fork. Callers lock ids in ascending order; a batch
 * locks all its participants in one statement. Locks already held by the transaction cost no round trip.
 */
@ApplicationScoped
public class ParticipantLock {

    private static final Object HELD = new Object();

    @Inject
    Sql sql;

    @Inject
    TransactionSynchronizationRegistry transaction;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID participantId) {
        if (held().add(participantId)) {
            sql.statement("select 1 as locked from (select pg_advisory_xact_lock(hashtextextended(:id, 0))) l")
                    .bind("id", participantId.toString())
                    .rows();
        }
    }

    /** Locks every participant not yet held, in ascending order, in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(Collection<UUID> participantIds) {
        Set<UUID> held = held();
        List<String> missing = new TreeSet<>(participantIds)
                .stream().filter(held::add).map(UUID::toString).toList();
        if (missing.isEmpty()) {
            return;
        }
        // The same ascending order as everywhere else (UUID order), kept by the ordinality.
        sql.statement("select count(pg_advisory_xact_lock(hashtextextended(ids.id, 0))) as locked from "
                        + "(select id from unnest(cast(:ids as text[])) with ordinality as u(id, n) order by n) ids")
                .bind("ids", missing)
                .rows();
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> held() {
        Set<UUID> held = (Set<UUID>) transaction.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transaction.putResource(HELD, held);
        }
        return held;
    }
}
