package id.talenta.talent.talent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Serialises every re-evaluation of one participant (Kafka consumers, HTTP, jobs, several instances) with a
 * transaction-scoped PostgreSQL advisory lock, so revisions never fork. Callers lock ids in ascending order.
 */
@ApplicationScoped
public class ParticipantLock {

    @Inject EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(UUID participantId) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, participantId.toString()).getSingleResult();
    }
}
