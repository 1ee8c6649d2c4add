package id.talenta.talent.events;

import id.talenta.chassis.events.BatchApplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.persistence.JsonRecordset;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the latest profile per participant (stale revisions ignored) and re-evaluates placement and readiness:
 * this is the hop that turns a finalized assessment into succession readiness with no human step.
 *
 * <p>Consumes in batches ({@link BatchApplier}): per batch one lock statement, one replica upsert and one read per
 * table, the inbox still per event.
 */
@ApplicationScoped
public class ProfileEventsConsumer {

    static final String CONSUMER = "talent-pool-service.profiles";
    static final Set<String> PROFILE_COMPUTED = Set.of("profile.computed");

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject EntityManager em;
    @Inject TalentEvaluator evaluator;
    @Inject ParticipantLock locks;
    @Inject AuditTrail audit;
    @Inject BatchApplier batches;

    /** What the audit trail keeps of a replicated profile. */
    record AuditedProfile(int revision, String jobLevel, String unitCode, String potentialCategory,
            BigDecimal potentialScore, String frameworkVersion) {}

    @Incoming("profiles")
    // Batches are applied concurrently (unordered): revision guards and per-participant advisory locks taken in
    // ascending order make the outcome independent of delivery order, without deadlocks.
    @Blocking(value = "talent-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        Map<UUID, ProfilePayload> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, PROFILE_COMPUTED)) {
            ProfilePayload p = validated(event);
            newest.merge(p.participantId(), p, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        if (newest.isEmpty()) {
            return;
        }
        locks.lockAll(newest.keySet());
        List<UUID> applied = upsert(newest.values());
        for (UUID id : applied) {
            ProfilePayload p = newest.get(id);
            audit.record("REPLICATE_PROFILE", "profile-replica", id, null, new AuditedProfile(p.revision(),
                    p.jobLevel(), p.unitCode(), p.potential().category(), p.potential().score(),
                    p.frameworkVersion()), null);
        }
        evaluator.evaluateAll(applied);
    }

    private ProfilePayload validated(IncomingEvent event) {
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
        return p;
    }

    /** One statement for the batch; returns the participants whose stored profile changed (newer revision). */
    @SuppressWarnings("unchecked")
    private List<UUID> upsert(java.util.Collection<ProfilePayload> payloads) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfilePayload p : payloads) {
            Map<String, BigDecimal> fit = new LinkedHashMap<>();
            if (p.fitByJobLevel() != null) {
                p.fitByJobLevel().forEach((level, value) -> {
                    if (value != null && JobLevel.parse(level).isPresent()) {
                        fit.put(level, value);
                    }
                });
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant_id", p.participantId());
            row.put("revision", p.revision());
            row.put("nip", p.nip());
            row.put("full_name", p.fullName());
            row.put("job_level", p.jobLevel());
            row.put("unit_code", p.unitCode());
            row.put("jpm", p.jpm());
            row.put("potential_score", p.potential().score());
            row.put("potential_category", p.potential().category());
            row.put("fit_by_job_level", fit);
            row.put("framework_version", p.frameworkVersion());
            ProfilePayload.Thresholds thresholds = p.potentialThresholds();
            row.put("potential_tinggi", thresholds == null ? null : thresholds.tinggi());
            row.put("potential_menengah", thresholds == null ? null : thresholds.menengah());
            row.put("assessment_result_id", p.source() == null ? null : p.source().resultId());
            row.put("valid_until", p.validUntil() == null ? null : p.validUntil().toString());
            row.put("expired", Boolean.TRUE.equals(p.expired()));
            rows.add(row);
        }
        String json = JsonRecordset.parameter(mapper, rows);
        List<Object> ids = em.createNativeQuery("insert into profile_replica (participant_id, revision, nip, full_name, "
                        + "job_level, unit_code, jpm, potential_score, potential_category, fit_by_job_level, "
                        + "framework_version, potential_tinggi, potential_menengah, assessment_result_id, valid_until, "
                        + "expired, updated_at) "
                        + "select participant_id, revision, nip, full_name, job_level, unit_code, jpm, potential_score, "
                        + "potential_category, fit_by_job_level, framework_version, potential_tinggi, potential_menengah, "
                        + "assessment_result_id, valid_until, expired, now() "
                        + "from jsonb_to_recordset(cast(?1 as jsonb)) as r(participant_id uuid, revision integer, "
                        + "nip text, full_name text, job_level text, unit_code text, jpm numeric, potential_score numeric, "
                        + "potential_category text, fit_by_job_level jsonb, framework_version text, "
                        + "potential_tinggi numeric, potential_menengah numeric, assessment_result_id uuid, "
                        + "valid_until date, expired boolean) "
                        + "on conflict (participant_id) do update set revision = excluded.revision, nip = excluded.nip, "
                        + "full_name = excluded.full_name, job_level = excluded.job_level, unit_code = excluded.unit_code, "
                        + "jpm = excluded.jpm, potential_score = excluded.potential_score, "
                        + "potential_category = excluded.potential_category, fit_by_job_level = excluded.fit_by_job_level, "
                        + "framework_version = excluded.framework_version, potential_tinggi = excluded.potential_tinggi, "
                        + "potential_menengah = excluded.potential_menengah, "
                        + "assessment_result_id = excluded.assessment_result_id, valid_until = excluded.valid_until, "
                        + "expired = excluded.expired, updated_at = now() "
                        + "where profile_replica.revision < excluded.revision returning participant_id")
                .setParameter(1, json).getResultList();
        return ids.stream().map(o -> (UUID) o).sorted().toList();
    }
}
