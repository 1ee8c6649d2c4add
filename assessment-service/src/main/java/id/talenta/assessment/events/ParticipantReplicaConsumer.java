package id.talenta.assessment.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Keeps the participant replica from {@code talenta.participants.v1}: the latest snapshot per participant, never
 * replaced by an older revision. This is the only way this service knows participants.
 */
@ApplicationScoped
public class ParticipantReplicaConsumer {

    static final String CONSUMER = "assessment-participant-replica";
    private static final Set<String> TYPES = Set.of("participant.registered", "participant.updated",
            "participant.deactivated");
    private static final Set<String> STATUSES = Set.of("ACTIVE", "INACTIVE");
    private static final Logger LOG = Logger.getLogger(ParticipantReplicaConsumer.class);

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject EntityManager em;
    @Inject AuditTrail audit;

    @Incoming("participants")
    @Blocking
    @Transactional
    public void on(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!TYPES.contains(event.type())) {
            return;
        }
        if (!inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ParticipantSnapshot p = event.as(ParticipantSnapshot.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.revision() < 0 || p.nip() == null
                || p.fullName() == null || p.status() == null || !STATUSES.contains(p.status())) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type()
                    + ") lacks participantId, revision, nip, fullName or a valid status");
        }
        Map<String, Object> before = stored(p);
        int applied = em.createNativeQuery("insert into participant_replica "
                        + "(participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, now()) on conflict (participant_id) do update set "
                        + "nip = excluded.nip, full_name = excluded.full_name, job_level = excluded.job_level, "
                        + "unit_code = excluded.unit_code, status = excluded.status, revision = excluded.revision, "
                        + "updated_at = now() where participant_replica.revision < excluded.revision")
                .setParameter(1, p.participantId()).setParameter(2, p.nip()).setParameter(3, p.fullName())
                .setParameter(4, p.jobLevel()).setParameter(5, p.unitCode()).setParameter(6, p.status())
                .setParameter(7, p.revision())
                .executeUpdate();
        if (applied > 0) {
            // Name and NIP are copies of participant-service data (audited there): the replica's audit keeps
            // only what drives this service's rules.
            audit.record(before == null ? "REPLICATE" : "REPLICA_UPDATE", "participant-replica", p.participantId(),
                    before, auditView(p.revision(), p.status(), p.jobLevel(), p.unitCode()), event.type());
        } else {
            LOG.debugf("ignored %s revision %d of participant %s: not newer than the replica", event.type(),
                    p.revision(), p.participantId());
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> stored(ParticipantSnapshot p) {
        List<Object[]> rows = em.createNativeQuery("select revision, status, job_level, unit_code from participant_replica "
                        + "where participant_id = ?1").setParameter(1, p.participantId()).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] x = rows.get(0);
        return auditView(((Number) x[0]).longValue(), (String) x[1], (String) x[2], (String) x[3]);
    }

    private static Map<String, Object> auditView(long revision, String status, String jobLevel, String unitCode) {
        Map<String, Object> view = new HashMap<>();
        view.put("revision", revision);
        view.put("status", status);
        view.put("jobLevel", jobLevel);
        view.put("unitCode", unitCode);
        return view;
    }
}
