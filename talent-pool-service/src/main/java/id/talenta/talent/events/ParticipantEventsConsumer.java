package id.talenta.talent.events;

import id.talenta.chassis.events.BatchApplier;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.persistence.JsonRecordset;
import id.talenta.talent.domain.JobLevel;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
 * Keeps the participant replica (newest revision wins) and re-evaluates the person: a job-level change,
 * a new retirement date or a deactivation can change pool membership and every candidacy. Consumes in batches
 * ({@link BatchApplier}): per batch one lock statement, one replica upsert and one read per table.
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
    @Inject ParticipantLock locks;
    @Inject AuditTrail audit;
    @Inject BatchApplier batches;

    /** What the audit trail keeps of a replicated participant (no name or NIP: they are in the replica itself). */
    record AuditedReplica(int revision, String jobLevel, String unitCode, java.time.LocalDate retirementDate,
            String status) {}

    @Incoming("participants")
    // Batches are applied concurrently (unordered): revision guards and per-participant advisory locks taken in
    // ascending order make the outcome independent of delivery order, without deadlocks.
    @Blocking(value = "talent-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        Map<UUID, ParticipantPayload> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, TYPES)) {
            ParticipantPayload p = validated(event);
            newest.merge(p.participantId(), p, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        if (newest.isEmpty()) {
            return;
        }
        locks.lockAll(newest.keySet());
        List<UUID> applied = upsert(newest.values());
        for (UUID id : applied) {
            ParticipantPayload p = newest.get(id);
            audit.record("REPLICATE_PARTICIPANT", "participant-replica", id, null, new AuditedReplica(p.revision(),
                    p.jobLevel(), p.unitCode(), p.retirementDate(), status(p)), null);
        }
        evaluator.evaluateAll(applied);
    }

    private ParticipantPayload validated(IncomingEvent event) {
        ParticipantPayload p = event.as(ParticipantPayload.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.nip() == null || p.fullName() == null) {
            throw new PoisonMessageException("event " + event.id() + ": participantId, revision, nip and fullName are required");
        }
        if (p.jobLevel() != null && JobLevel.parse(p.jobLevel()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown jobLevel " + p.jobLevel());
        }
        String status = status(p);
        if (!status.equals("ACTIVE") && !status.equals("INACTIVE")) {
            throw new PoisonMessageException("event " + event.id() + ": unknown status " + p.status());
        }
        return p;
    }

    private static String status(ParticipantPayload p) {
        return p.status() == null ? "ACTIVE" : p.status();
    }

    /** One statement for the batch; returns the participants whose replica changed (newer revision). */
    @SuppressWarnings("unchecked")
    private List<UUID> upsert(java.util.Collection<ParticipantPayload> payloads) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParticipantPayload p : payloads) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant_id", p.participantId());
            row.put("revision", p.revision());
            row.put("nip", p.nip());
            row.put("full_name", p.fullName());
            row.put("job_level", p.jobLevel());
            row.put("unit_code", p.unitCode());
            row.put("birth_date", p.birthDate() == null ? null : p.birthDate().toString());
            row.put("retirement_date", p.retirementDate() == null ? null : p.retirementDate().toString());
            row.put("status", status(p));
            rows.add(row);
        }
        String json = JsonRecordset.parameter(mapper, rows);
        List<Object> ids = em.createNativeQuery("insert into participant_replica (participant_id, revision, nip, "
                        + "full_name, job_level, unit_code, birth_date, retirement_date, status, updated_at) "
                        + "select participant_id, revision, nip, full_name, job_level, unit_code, birth_date, "
                        + "retirement_date, status, now() from jsonb_to_recordset(cast(?1 as jsonb)) as r("
                        + "participant_id uuid, revision integer, nip text, full_name text, job_level text, "
                        + "unit_code text, birth_date date, retirement_date date, status text) "
                        + "on conflict (participant_id) do update set "
                        + "revision = excluded.revision, nip = excluded.nip, full_name = excluded.full_name, "
                        + "job_level = excluded.job_level, unit_code = excluded.unit_code, birth_date = excluded.birth_date, "
                        + "retirement_date = excluded.retirement_date, status = excluded.status, updated_at = now() "
                        + "where participant_replica.revision < excluded.revision returning participant_id")
                .setParameter(1, json).getResultList();
        return ids.stream().map(o -> (UUID) o).sorted().toList();
    }
}
