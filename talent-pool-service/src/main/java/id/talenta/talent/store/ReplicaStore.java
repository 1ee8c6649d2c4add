package id.talenta.talent.store;

import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.store.Sql;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.ProfileReplica;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The replicas of other services' data: participants and the latest profile per participant (newest revision wins). */
@ApplicationScoped
public class ReplicaStore {

    /** The fields of a profile.computed this service keeps. */
    public record ProfileRow(
            UUID participantId,
            int revision,
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            BigDecimal jpm,
            BigDecimal potentialScore,
            String potentialCategory,
            Map<String, BigDecimal> fitByJobLevel,
            String frameworkVersion,
            BigDecimal potentialTinggi,
            BigDecimal potentialMenengah,
            UUID assessmentResultId,
            LocalDate validUntil,
            boolean expired) {}

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    /** The participant replicas of the given ids (absent ids have none). */
    public Map<UUID, ParticipantReplica> participants(Collection<UUID> ids) {
        Map<UUID, ParticipantReplica> out = new HashMap<>();
        em.createQuery("select p from ParticipantReplica p where p.participantId in :ids", ParticipantReplica.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> out.put(p.participantId, p));
        return out;
    }

    /** The profile replicas of the given ids (absent ids have none). */
    public Map<UUID, ProfileReplica> profiles(Collection<UUID> ids) {
        Map<UUID, ProfileReplica> out = new HashMap<>();
        em.createQuery("select p from ProfileReplica p where p.participantId in :ids", ProfileReplica.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> out.put(p.participantId, p));
        return out;
    }

    /** One statement for a batch; the participants whose replica changed (a newer revision), ascending. */
    public List<UUID> upsertParticipants(Collection<ParticipantSnapshot> snapshots) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParticipantSnapshot p : snapshots) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant_id", p.participantId());
            row.put("revision", p.revision());
            row.put("nip", p.nip());
            row.put("full_name", p.fullName());
            row.put("job_level", p.jobLevel());
            row.put("unit_code", p.unitCode());
            row.put("birth_date", text(p.birthDate()));
            row.put("retirement_date", text(p.retirementDate()));
            row.put("status", p.status());
            rows.add(row);
        }
        return sql
                .statement("insert into participant_replica (participant_id, revision, nip, full_name, job_level, "
                        + "unit_code, birth_date, retirement_date, status, updated_at) "
                        + "select participant_id, revision, nip, full_name, job_level, unit_code, birth_date, "
                        + "retirement_date, status, now() from jsonb_to_recordset(cast(:rows as jsonb)) as r("
                        + "participant_id uuid, revision integer, nip text, full_name text, job_level text, "
                        + "unit_code text, birth_date date, retirement_date date, status text) "
                        + "on conflict (participant_id) do update set "
                        + "revision = excluded.revision, nip = excluded.nip, full_name = excluded.full_name, "
                        + "job_level = excluded.job_level, unit_code = excluded.unit_code, birth_date = excluded.birth_date, "
                        + "retirement_date = excluded.retirement_date, status = excluded.status, updated_at = now() "
                        + "where participant_replica.revision < excluded.revision returning participant_id")
                .bind("rows", sql.rows(rows))
                .list(r -> r.uuid("participant_id"))
                .stream()
                .sorted()
                .toList();
    }

    /** One statement for a batch; the participants whose stored profile changed (a newer revision), ascending. */
    public List<UUID> upsertProfiles(Collection<ProfileRow> profiles) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ProfileRow p : profiles) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("participant_id", p.participantId());
            row.put("revision", p.revision());
            row.put("nip", p.nip());
            row.put("full_name", p.fullName());
            row.put("job_level", p.jobLevel());
            row.put("unit_code", p.unitCode());
            row.put("jpm", p.jpm());
            row.put("potential_score", p.potentialScore());
            row.put("potential_category", p.potentialCategory());
            row.put("fit_by_job_level", p.fitByJobLevel());
            row.put("framework_version", p.frameworkVersion());
            row.put("potential_tinggi", p.potentialTinggi());
            row.put("potential_menengah", p.potentialMenengah());
            row.put("assessment_result_id", p.assessmentResultId());
            row.put("valid_until", text(p.validUntil()));
            row.put("expired", p.expired());
            rows.add(row);
        }
        return sql
                .statement("insert into profile_replica (participant_id, revision, nip, full_name, "
                        + "job_level, unit_code, jpm, potential_score, potential_category, fit_by_job_level, "
                        + "framework_version, potential_tinggi, potential_menengah, assessment_result_id, valid_until, "
                        + "expired, updated_at) "
                        + "select participant_id, revision, nip, full_name, job_level, unit_code, jpm, potential_score, "
                        + "potential_category, fit_by_job_level, framework_version, potential_tinggi, potential_menengah, "
                        + "assessment_result_id, valid_until, expired, now() "
                        + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(participant_id uuid, revision integer, "
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
                .bind("rows", sql.rows(rows))
                .list(r -> r.uuid("participant_id"))
                .stream()
                .sorted()
                .toList();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
