package id.talenta.talent.succession;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.api.SuccessionViews;
import id.talenta.talent.domain.CandidateRanking;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.Readiness;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.domain.VacancyRisk;
import id.talenta.talent.policy.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Read side of succession: succession view per position, bench strength, readiness history and feed. */
@ApplicationScoped
public class SuccessionQueries {

    @Inject EntityManager em;
    @Inject PolicyStore policies;
    /** The business clock (chassis BusinessClock): "today" is a date in the business time zone. */
    @Inject java.time.Clock clock;

    public String vacancyRisk(KeyPosition k) {
        LocalDate retirement = null;
        if (k.incumbentParticipantId != null) {
            ParticipantReplica r = em.find(ParticipantReplica.class, k.incumbentParticipantId);
            retirement = r == null ? null : r.retirementDate;
        }
        return VacancyRisk.of(k.incumbentParticipantId, retirement, LocalDate.now(clock),
                policies.current().readiness().policy().vacancyRisk()).name();
    }

    public SuccessionViews.KeyPositionView view(KeyPosition k) {
        return new SuccessionViews.KeyPositionView(k.id, k.title, k.jobLevel, k.unitCode, k.incumbentParticipantId,
                k.criticality, vacancyRisk(k), k.version, ts(k.createdAt), ts(k.updatedAt));
    }

    @Transactional
    public SuccessionViews.Succession succession(UUID keyPositionId) {
        KeyPosition k = em.find(KeyPosition.class, keyPositionId);
        if (k == null) {
            throw ProblemException.notFound("Key position", keyPositionId);
        }
        SuccessionViews.Incumbent incumbent = null;
        if (k.incumbentParticipantId != null) {
            ParticipantReplica r = em.find(ParticipantReplica.class, k.incumbentParticipantId);
            incumbent = new SuccessionViews.Incumbent(k.incumbentParticipantId, r == null ? null : r.fullName,
                    r == null || r.retirementDate == null ? null : r.retirementDate.toString());
        }
        List<Object[]> rows = new ArrayList<>();
        for (Object o : em.createNativeQuery("select c.participant_id, coalesce(r.full_name, f.full_name), "
                        + "coalesce(r.nip, f.nip), coalesce(r.job_level, f.job_level), coalesce(r.unit_code, f.unit_code), "
                        + "c.readiness, c.box, c.target_fit, c.nominated, c.nomination_reason, c.rule, c.explanation, "
                        + "c.revision, c.changed_at, c.computed_readiness, c.override_readiness, c.override_reason, "
                        + "c.override_by, c.override_at from candidate c "
                        + "left join participant_replica r on r.participant_id = c.participant_id "
                        + "left join profile_replica f on f.participant_id = c.participant_id "
                        + "where c.key_position_id = ?1 and c.readiness <> 'INELIGIBLE'")
                .setParameter(1, keyPositionId).getResultList()) {
            rows.add((Object[]) o);
        }
        Map<UUID, Object[]> byId = new HashMap<>();
        List<CandidateRanking.Entry> entries = new ArrayList<>();
        for (Object[] r : rows) {
            byId.put((UUID) r[0], r);
            entries.add(new CandidateRanking.Entry((UUID) r[0], Readiness.of((String) r[5]),
                    r[7] == null ? null : ((BigDecimal) r[7]).doubleValue()));
        }
        List<SuccessionViews.CandidateView> candidates = new ArrayList<>();
        ReadinessPolicy policy = policies.current().readiness().policy();
        Map<String, Long> byLevel = new java.util.LinkedHashMap<>();
        policy.levelCodes().forEach(code -> byLevel.put(code, 0L));
        for (CandidateRanking.Ranked ranked : CandidateRanking.rank(entries, policy)) {
            Object[] r = byId.get(ranked.entry().participantId());
            byLevel.merge(ranked.entry().readiness().code(), 1L, Long::sum);
            SuccessionViews.ReadinessOverride override = r[15] == null ? null : new SuccessionViews.ReadinessOverride(
                    (String) r[15], (String) r[16], (String) r[17], tsObj(r[18]));
            boolean calibrated = override != null && Readiness.overrideApplies(Readiness.of((String) r[14]));
            candidates.add(new SuccessionViews.CandidateView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[5], (String) r[14], calibrated, override,
                    r[6] == null ? null : ((Number) r[6]).intValue(), (BigDecimal) r[7],
                    ranked.rank(), Boolean.TRUE.equals(r[8]) ? "NOMINATED" : "AUTO", (String) r[9], (String) r[10],
                    (String) r[11], ((Number) r[12]).intValue(), tsObj(r[13])));
        }
        return new SuccessionViews.Succession(view(k), incumbent, vacancyRisk(k), candidates,
                SuccessionViews.BenchStrength.of(byLevel, policy),
                policies.current().readiness().version());
    }

    /** One candidate of one position as the succession view shows them (empty when not on the list). */
    @Transactional
    public java.util.Optional<SuccessionViews.CandidateView> candidate(UUID keyPositionId, UUID participantId) {
        return succession(keyPositionId).candidates().stream().filter(c -> c.participantId().equals(participantId))
                .findFirst();
    }

    @Transactional
    public List<SuccessionViews.ReadinessChangeView> history(UUID keyPositionId, UUID participantId) {
        Query q = em.createNativeQuery(SELECT_CHANGES + " where key_position_id = ?1 and participant_id = ?2 "
                + "order by sequence").setParameter(1, keyPositionId).setParameter(2, participantId);
        return changes(q);
    }

    /** The change feed: strictly after a sequence number or after a point in time, oldest first. */
    @Transactional
    public SuccessionViews.ReadinessFeed feed(String since, int limit) {
        Query q;
        if (since == null || since.isBlank()) {
            q = em.createNativeQuery(SELECT_CHANGES + " order by sequence limit ?1").setParameter(1, limit);
        } else if (since.trim().matches("\\d{1,18}")) {
            q = em.createNativeQuery(SELECT_CHANGES + " where sequence > ?1 order by sequence limit ?2")
                    .setParameter(1, Long.parseLong(since.trim())).setParameter(2, limit);
        } else {
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(since.trim());
            } catch (RuntimeException e) {
                throw id.talenta.chassis.problem.ProblemException.badRequest("since",
                        "must be a sequence number or an RFC 3339 timestamp");
            }
            q = em.createNativeQuery(SELECT_CHANGES + " where changed_at > ?1 order by sequence limit ?2")
                    .setParameter(1, at).setParameter(2, limit);
        }
        List<SuccessionViews.ReadinessChangeView> items = changes(q);
        String next = items.isEmpty() ? (since == null || since.isBlank() ? "0" : since.trim())
                : Long.toString(items.get(items.size() - 1).sequence());
        return new SuccessionViews.ReadinessFeed(items, next);
    }

    @Transactional
    public SuccessionViews.OrganisationBench bench(String unitCode, String jobLevel, boolean onlyWithoutReadyNow,
            PageRequest page) {
        String where = " where 1 = 1" + (unitCode != null ? " and k.unit_code = :unit" : "")
                + (jobLevel != null ? " and k.job_level = :level" : "");
        // The levels of the policy in force, in order (by default READY_NOW, READY_1_2_YEARS, READY_3_PLUS_YEARS)
        // and its fallback (NOT_READY): the bench's four counts.
        ReadinessPolicy policy = policies.current().readiness().policy();
        List<String> levels = policy.levelCodes();
        String counts = "select k.id, k.title, k.job_level, k.unit_code, k.criticality, k.incumbent_participant_id, "
                + "count(*) filter (where c.readiness = :l1) as ready_now, "
                + "count(*) filter (where c.readiness = :l2) as ready_1_2, "
                + "count(*) filter (where c.readiness = :l3) as ready_3, "
                + "count(*) filter (where c.readiness = :fallback) as not_ready "
                + "from key_position k left join candidate c on c.key_position_id = k.id" + where
                + " group by k.id";
        String filtered = "select * from (" + counts + ") b" + (onlyWithoutReadyNow ? " where b.ready_now = 0" : "");
        Query total = em.createNativeQuery("select count(*), count(*) filter (where b.ready_now = 0) from (" + counts + ") b");
        Query totalFiltered = em.createNativeQuery("select count(*) from (" + filtered + ") f");
        Query list = em.createNativeQuery(filtered + " order by (b.ready_now = 0) desc, "
                + (page.sortField().equals("title") ? "b.title"
                        : "case b.criticality when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end")
                + (page.ascending() ? " asc" : " desc") + ", b.title, b.id limit :limit offset :offset");
        for (Query q : List.of(total, totalFiltered, list)) {
            q.setParameter("l1", levels.get(0)).setParameter("l2", levels.size() > 1 ? levels.get(1) : "")
                    .setParameter("l3", levels.size() > 2 ? levels.get(2) : "")
                    .setParameter("fallback", policy.fallback().code());
            if (unitCode != null) {
                q.setParameter("unit", unitCode);
            }
            if (jobLevel != null) {
                q.setParameter("level", jobLevel);
            }
        }
        list.setParameter("limit", page.size()).setParameter("offset", page.offset());
        Object[] totals = (Object[]) total.getSingleResult();
        ReadinessPolicy.VacancyRiskThresholds thresholds = policy.vacancyRisk();
        List<SuccessionViews.PositionBench> items = new ArrayList<>();
        for (Object o : list.getResultList()) {
            Object[] r = (Object[]) o;
            UUID incumbent = (UUID) r[5];
            ParticipantReplica p = incumbent == null ? null : em.find(ParticipantReplica.class, incumbent);
            String risk = VacancyRisk.of(incumbent, p == null ? null : p.retirementDate, LocalDate.now(clock),
                    thresholds).name();
            long readyNow = ((Number) r[6]).longValue();
            items.add(new SuccessionViews.PositionBench((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], risk, readyNow, ((Number) r[7]).longValue(), ((Number) r[8]).longValue(),
                    ((Number) r[9]).longValue(), readyNow > 0));
        }
        return new SuccessionViews.OrganisationBench(((Number) totals[0]).longValue(), ((Number) totals[1]).longValue(),
                Page.of(items, page, ((Number) totalFiltered.getSingleResult()).longValue()));
    }

    private static final String SELECT_CHANGES = "select sequence, participant_id, key_position_id, position_title, "
            + "revision, from_readiness, to_readiness, target_fit, box, rule, explanation, policy_version, changed_at, "
            + "coalesce(computed_readiness, to_readiness), calibrated from readiness_change";

    private List<SuccessionViews.ReadinessChangeView> changes(Query q) {
        List<SuccessionViews.ReadinessChangeView> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new SuccessionViews.ReadinessChangeView(((Number) r[0]).longValue(), (UUID) r[1], (UUID) r[2],
                    (String) r[3], ((Number) r[4]).intValue(), (String) r[5], (String) r[6], (String) r[13],
                    Boolean.TRUE.equals(r[14]), (BigDecimal) r[7],
                    r[8] == null ? null : ((Number) r[8]).intValue(), (String) r[9], (String) r[10],
                    ((Number) r[11]).intValue(), tsObj(r[12])));
        }
        return out;
    }

    static String ts(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }

    static String tsObj(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (o instanceof java.time.Instant t) {
            return t.toString();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        return o.toString();
    }
}
