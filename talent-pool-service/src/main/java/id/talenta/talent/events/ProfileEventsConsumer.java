package id.talenta.talent.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the latest profile per participant (stale revisions ignored) and re-evaluates placement and readiness:
 * this is the hop that turns a finalized assessment into succession readiness with no human step.
 */
@ApplicationScoped
public class ProfileEventsConsumer {

    static final String CONSUMER = "talent-pool-service.profiles";

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject EntityManager em;
    @Inject TalentEvaluator evaluator;

    @Incoming("profiles")
    // Unordered: records are applied concurrently (throughput); correctness does not depend on order because
    // stale revisions are ignored and each participant's re-evaluation holds an advisory lock.
    @Blocking(ordered = false)
    @Transactional
    public void on(ConsumerRecord<String, String> record) throws Exception {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!"profile.computed".equals(event.type()) || !inbox.firstDelivery(CONSUMER, event.id())) {
            return;
        }
        ProfilePayload p = event.as(ProfilePayload.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.potential() == null) {
            throw new PoisonMessageException("event " + event.id() + ": participantId, revision and potential are required");
        }
        if (PotentialLevel.parse(p.potential().category()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown potential.category "
                    + p.potential().category());
        }
        if (p.jobLevel() != null && JobLevel.parse(p.jobLevel()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown jobLevel " + p.jobLevel());
        }
        Map<String, BigDecimal> fit = new LinkedHashMap<>();
        if (p.fitByJobLevel() != null) {
            p.fitByJobLevel().forEach((level, value) -> {
                if (value != null && JobLevel.parse(level).isPresent()) {
                    fit.put(level, value);
                }
            });
        }
        int applied = em.createNativeQuery("insert into profile_replica (participant_id, revision, nip, full_name, "
                        + "job_level, unit_code, jpm, potential_score, potential_category, fit_by_job_level, "
                        + "framework_version, updated_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, cast(?10 as jsonb), ?11, now()) "
                        + "on conflict (participant_id) do update set revision = excluded.revision, nip = excluded.nip, "
                        + "full_name = excluded.full_name, job_level = excluded.job_level, unit_code = excluded.unit_code, "
                        + "jpm = excluded.jpm, potential_score = excluded.potential_score, "
                        + "potential_category = excluded.potential_category, fit_by_job_level = excluded.fit_by_job_level, "
                        + "framework_version = excluded.framework_version, updated_at = now() "
                        + "where profile_replica.revision < excluded.revision")
                .setParameter(1, p.participantId()).setParameter(2, p.revision()).setParameter(3, p.nip())
                .setParameter(4, p.fullName()).setParameter(5, p.jobLevel()).setParameter(6, p.unitCode())
                .setParameter(7, p.jpm()).setParameter(8, p.potential().score())
                .setParameter(9, p.potential().category()).setParameter(10, mapper.writeValueAsString(fit))
                .setParameter(11, p.frameworkVersion())
                .executeUpdate();
        if (applied == 0) {
            return; // stale or replayed revision: nothing changes
        }
        evaluator.evaluate(p.participantId());
    }
}
