package id.talenta.assessment.store;

import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The participant replica (event-carried state transfer from participant-service), revision-guarded. */
@ApplicationScoped
public class ReplicaStore {

    @Inject
    Sql sql;

    /** The replica row as this service keeps it. */
    public record Replica(
            UUID participantId,
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            String status,
            long revision,
            Instant updatedAt) {}

    public Optional<Replica> replica(UUID participantId) {
        return sql.statement(
                        "select participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at "
                                + "from participant_replica where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(ReplicaStore::replica);
    }

    /** The replicas of {@code ids} that exist. */
    public Map<UUID, Replica> replicas(Set<UUID> ids) {
        return sql.statement(
                        "select participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at "
                                + "from participant_replica where participant_id = any(cast(:ids as uuid[]))")
                .bind("ids", ids)
                .map(r -> r.uuid("participant_id"), ReplicaStore::replica);
    }

    private static Replica replica(id.talenta.chassis.store.Row r) {
        return new Replica(
                r.uuid("participant_id"),
                r.string("nip"),
                r.string("full_name"),
                r.string("job_level"),
                r.string("unit_code"),
                r.string("status"),
                r.longValue("revision"),
                r.instant("updated_at"));
    }

    /** One statement for the batch; the participants whose replica changed (a newer revision than stored). */
    public List<UUID> upsert(Collection<ParticipantSnapshot> snapshots) {
        List<Map<String, Object>> rows = snapshots.stream()
                .map(p -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("participant_id", p.participantId());
                    row.put("nip", p.nip());
                    row.put("full_name", p.fullName());
                    row.put("job_level", p.jobLevel());
                    row.put("unit_code", p.unitCode());
                    row.put("status", p.status());
                    row.put("revision", p.revision());
                    return row;
                })
                .toList();
        return sql.statement("insert into participant_replica "
                        + "(participant_id, nip, full_name, job_level, unit_code, status, revision, updated_at) "
                        + "select participant_id, nip, full_name, job_level, unit_code, status, revision, now() "
                        + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(participant_id uuid, nip text, "
                        + "full_name text, job_level text, unit_code text, status text, revision bigint) "
                        + "on conflict (participant_id) do update set "
                        + "nip = excluded.nip, full_name = excluded.full_name, job_level = excluded.job_level, "
                        + "unit_code = excluded.unit_code, status = excluded.status, revision = excluded.revision, "
                        + "updated_at = now() where participant_replica.revision < excluded.revision "
                        + "returning participant_id")
                .bind("rows", sql.rows(rows))
                .list(r -> r.uuid("participant_id"));
    }

    public Optional<String> nipOf(UUID participantId) {
        return sql.statement("select nip from participant_replica where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> r.string("nip"));
    }
}
