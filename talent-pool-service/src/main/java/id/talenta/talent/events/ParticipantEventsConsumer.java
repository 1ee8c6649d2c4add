package id.talenta.talent.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the participant replica (newest revision wins) and re-evaluates the person: a job-level change,
 * a new retirement date or a deactivation can change pool membership and every candidacy.
 */
@ApplicationScoped
public class ParticipantEventsConsumer {

    static final String CONSUMER = "talent-pool-service.participants";
    private static final Set<String> TYPES = Set.of("participant.registered", "participant.updated",
            "participant.deactivated");

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject EntityManager em;
    @Inject TalentEvaluator evaluator;

    @Incoming("participants")
    // Unordered: records are applied concurrently (throughput); correctness does not depend on order because
    // stale revisions are ignored and each participant's re-evaluation holds an advisory lock.
    @Blocking(ordered = false)
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!TYPES.contains(event.type()) || !inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ParticipantPayload p = event.as(ParticipantPayload.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.nip() == null || p.fullName() == null) {
            throw new PoisonMessageException("event " + event.id() + ": participantId, revision, nip and fullName are required");
        }
        if (p.jobLevel() != null && JobLevel.parse(p.jobLevel()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown jobLevel " + p.jobLevel());
        }
        String status = p.status() == null ? "ACTIVE" : p.status();
        if (!status.equals("ACTIVE") && !status.equals("INACTIVE")) {
            throw new PoisonMessageException("event " + event.id() + ": unknown status " + p.status());
        }
        int applied = em.createNativeQuery("insert into participant_replica (participant_id, revision, nip, full_name, "
                        + "job_level, unit_code, birth_date, retirement_date, status, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, now()) on conflict (participant_id) do update set "
                        + "revision = excluded.revision, nip = excluded.nip, full_name = excluded.full_name, "
                        + "job_level = excluded.job_level, unit_code = excluded.unit_code, birth_date = excluded.birth_date, "
                        + "retirement_date = excluded.retirement_date, status = excluded.status, updated_at = now() "
                        + "where participant_replica.revision < excluded.revision")
                .setParameter(1, p.participantId()).setParameter(2, p.revision()).setParameter(3, p.nip())
                .setParameter(4, p.fullName()).setParameter(5, p.jobLevel()).setParameter(6, p.unitCode())
                .setParameter(7, p.birthDate()).setParameter(8, p.retirementDate()).setParameter(9, status)
                .executeUpdate();
        if (applied == 0) {
            return; // stale or replayed revision: nothing changes
        }
        evaluator.evaluate(p.participantId());
    }
}
