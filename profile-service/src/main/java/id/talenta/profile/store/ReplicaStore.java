package id.talenta.profile.store;

import id.talenta.chassis.store.Sql;
import id.talenta.profile.domain.JobLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/** The participant replica (event-carried state transfer from participant-service), revision-guarded. */
@ApplicationScoped
public class ReplicaStore {

    @Inject
    Sql sql;

    public Optional<ParticipantReplica> replica(UUID participantId) {
        return sql.statement("select participant_id, nip, full_name, job_level, unit_code, status, revision "
                        + "from participant_replica where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> new ParticipantReplica(
                        r.uuid("participant_id"),
                        r.string("nip"),
                        r.string("full_name"),
                        JobLevel.valueOf(r.string("job_level")),
                        r.string("unit_code"),
                        r.string("status"),
                        r.integer("revision")));
    }

    /** Stores the snapshot unless the replica already has this revision or a later one; true when applied. */
    public boolean upsert(ParticipantReplica p) {
        return sql.statement("insert into participant_replica (participant_id, nip, full_name, job_level, unit_code, "
                                + "status, revision) values (:participantId, :nip, :fullName, :jobLevel, :unitCode, :status, :revision) "
                                + "on conflict (participant_id) do update set nip = excluded.nip, full_name = excluded.full_name, "
                                + "job_level = excluded.job_level, unit_code = excluded.unit_code, status = excluded.status, "
                                + "revision = excluded.revision, updated_at = now() "
                                + "where participant_replica.revision < excluded.revision")
                        .bind("participantId", p.participantId())
                        .bind("nip", p.nip())
                        .bind("fullName", p.fullName())
                        .bind("jobLevel", p.jobLevel())
                        .bind("unitCode", p.unitCode())
                        .bind("status", p.status())
                        .bind("revision", p.revision())
                        .execute()
                == 1;
    }
}
