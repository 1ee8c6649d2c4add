package id.talenta.assessment.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.BatchApplier;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.persistence.JsonRecordset;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.chassis.persistence.PgArrays;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * Keeps the participant replica from {@code talenta.participants.v1}: the latest snapshot per participant, never
 * replaced by an older revision. This is the only way this service knows participants.
 *
 * <p>Consumes in batches, one transaction per poll (the chassis {@link BatchApplier}: a poison record is split off
 * to the dead-letter topic alone): one inbox statement, one lock statement, one read and one upsert per batch, and
 * an audit row per applied snapshot. Batches run concurrently; the revision guard makes commit order irrelevant.
 */
@ApplicationScoped
public class ParticipantReplicaConsumer {

    static final String CONSUMER = "assessment-participant-replica";
    private static final Set<String> TYPES = Set.of("participant.registered", "participant.updated",
            "participant.deactivated");
    private static final Set<String> STATUSES = Set.of("ACTIVE", "INACTIVE");

    @Inject Inbox inbox;
    @Inject ObjectMapper mapper;
    @Inject EntityManager em;
    @Inject AuditTrail audit;
    @Inject ParticipantLock locks;
    @Inject BatchApplier batches;

    private record Snapshot(ParticipantSnapshot p, String type) {}

    @Incoming("participants")
    @Blocking(value = "replica-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        // The newest snapshot per participant: the older ones of the same batch would be overwritten at once.
        Map<UUID, Snapshot> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, TYPES)) {
            ParticipantSnapshot p = validated(event);
            newest.merge(p.participantId(), new Snapshot(p, event.type()),
                    (a, b) -> b.p().revision() > a.p().revision() ? b : a);
        }
        if (newest.isEmpty()) {
            return;
        }
        locks.lockAll(newest.keySet());
        Map<UUID, Map<String, Object>> before = stored(newest.keySet());
        for (UUID applied : upsert(newest.values())) {
            Snapshot s = newest.get(applied);
            ParticipantSnapshot p = s.p();
            Map<String, Object> previous = before.get(applied);
            // Name and NIP are copies of participant-service data (audited there): the replica's audit keeps
            // only what drives this service's rules.
            audit.record(previous == null ? "REPLICATE" : "REPLICA_UPDATE", "participant-replica", applied, previous,
                    auditView(p.revision(), p.status(), p.jobLevel(), p.unitCode()), s.type());
        }
    }

    private ParticipantSnapshot validated(IncomingEvent event) {
        ParticipantSnapshot p = event.as(ParticipantSnapshot.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.revision() < 0 || p.nip() == null
                || p.fullName() == null || p.status() == null || !STATUSES.contains(p.status())) {
            throw new PoisonMessageException("event " + event.id() + " (" + event.type()
                    + ") lacks participantId, revision, nip, fullName or a valid status");
        }
        return p;
    }

    /** One statement for the batch; returns the participants whose replica changed (a newer revision). */
    @SuppressWarnings("unchecked")
    private Set<UUID> upsert(java.util.Collection<Snapshot> snapshots) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Snapshot s : snapshots) {
            ParticipantSnapshot p = s.p();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant_id", p.participantId());
            row.put("nip", p.nip());
            row.put("full_name", p.fullName());
            row.put("job_level", p.jobLevel());
            row.put("unit_code", p.unitCode());
            row.put("status", p.status());
            row.put("revision", p.revision());
            rows.add(row);
        }
        String json = JsonRecordset.parameter(mapper, rows);
        List<Object> ids = em.createNativeQuery("insert into participant_replica "
                        + "(participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at) "
                        + "select participant_id, nip, full_name, job_level, unit_code, status, revision, now() "
                        + "from jsonb_to_recordset(cast(?1 as jsonb)) as r(participant_id uuid, nip text, full_name text, "
                        + "job_level text, unit_code text, status text, revision bigint) "
                        + "on conflict (participant_id) do update set "
                        + "nip = excluded.nip, full_name = excluded.full_name, job_level = excluded.job_level, "
                        + "unit_code = excluded.unit_code, status = excluded.status, revision = excluded.revision, "
                        + "updated_at = now() where participant_replica.revision < excluded.revision "
                        + "returning participant_id")
                .setParameter(1, json).getResultList();
        Set<UUID> applied = new HashSet<>();
        ids.forEach(id -> applied.add((UUID) id));
        return applied;
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, Map<String, Object>> stored(Set<UUID> ids) {
        Map<UUID, Map<String, Object>> found = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("select r.participant_id, r.revision, r.status, r.job_level, "
                        + "r.unit_code from unnest(cast(?1 as uuid[])) as ids(id) "
                        + "join participant_replica r on r.participant_id = ids.id")
                .setParameter(1, PgArrays.text(ids)).getResultList();
        for (Object[] x : rows) {
            found.put((UUID) x[0], auditView(((Number) x[1]).longValue(), (String) x[2], (String) x[3], (String) x[4]));
        }
        return found;
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
