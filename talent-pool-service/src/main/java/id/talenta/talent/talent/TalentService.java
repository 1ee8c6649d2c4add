package id.talenta.talent.talent;

import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.api.TalentViews;
import id.talenta.talent.domain.CalibrationTerm;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.PerformanceLevel;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.domain.Readiness;
import id.talenta.talent.policy.Policies;
import id.talenta.talent.policy.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads placements (one person, the grid, the pool) and applies committee calibrations. */
@ApplicationScoped
public class TalentService {

    @Inject EntityManager em;
    @Inject PolicyStore policies;
    @Inject TalentEvaluator evaluator;
    @Inject Calibrations calibrations;
    @Inject ParticipantLock locks;
    @Inject id.talenta.chassis.audit.AuditTrail audit;

    /** The talent view of one participant, or empty when this service has never heard of them. */
    @Transactional
    public Optional<TalentViews.Talent> find(UUID participantId) {
        ParticipantReplica person = em.find(ParticipantReplica.class, participantId);
        ProfileReplica profile = em.find(ProfileReplica.class, participantId);
        Placement p = em.find(Placement.class, participantId);
        if (person == null && profile == null && p == null) {
            return Optional.empty();
        }
        String nip = person != null ? person.nip : profile != null ? profile.nip : null;
        String name = person != null ? person.fullName : profile != null ? profile.fullName : null;
        List<TalentViews.CandidacyView> readiness = candidacies(participantId);
        if (p == null) {
            return Optional.of(new TalentViews.Talent(participantId, nip, name,
                    person != null ? person.jobLevel : null, person != null ? person.unitCode : null, null, null,
                    false, null, null, null, false, person == null || person.active(), List.of(), null,
                    "No placement yet: no competency profile (profile.computed) has been received for this participant.",
                    null, null, List.of(), List.of(), readiness));
        }
        List<TalentViews.HistoryEntry> history = new ArrayList<>();
        for (Object o : em.createNativeQuery("select revision, box, computed_box, calibrated, performance_level, "
                        + "potential_level, in_talent_pool, policy_version, explanation, changed_at from placement_history "
                        + "where participant_id = ?1 order by revision desc limit 100")
                .setParameter(1, participantId).getResultList()) {
            Object[] r = (Object[]) o;
            history.add(new TalentViews.HistoryEntry(i(r[0]), i(r[1]), i(r[2]), (Boolean) r[3], (String) r[4],
                    (String) r[5], (Boolean) r[6], i(r[7]), (String) r[8], ts(r[9])));
        }
        List<TalentViews.CalibrationEntry> calibrationEntries = new ArrayList<>();
        for (Object o : em.createNativeQuery("select box, previous_box, computed_box, reason, actor, at, review_year, "
                        + "ended_at, end_reason, end_note, ended_by from calibration "
                        + "where participant_id = ?1 order by id desc")
                .setParameter(1, participantId).getResultList()) {
            Object[] r = (Object[]) o;
            calibrationEntries.add(new TalentViews.CalibrationEntry(i(r[0]), i(r[1]), i(r[2]), (String) r[3],
                    (String) r[4], ts(r[5]), r[6] == null ? null : i(r[6]), r[7] == null ? null : ts(r[7]),
                    (String) r[8], (String) r[9], (String) r[10]));
        }
        return Optional.of(new TalentViews.Talent(participantId, nip, name, p.jobLevel, p.unitCode, p.box,
                p.computedBox, p.calibrated(), p.performanceLevel, p.performanceYear, p.potentialLevel,
                p.inTalentPool, p.active, p.recommendedActions, p.policyVersion, p.explanation, p.revision,
                p.changedAt.toInstant().toString(), history, calibrationEntries, readiness));
    }

    /** The NIP this service knows for a participant (for employee self-service checks). */
    @Transactional
    public Optional<String> nipOf(UUID participantId) {
        ParticipantReplica person = em.find(ParticipantReplica.class, participantId);
        if (person != null) {
            return Optional.ofNullable(person.nip);
        }
        ProfileReplica profile = em.find(ProfileReplica.class, participantId);
        return Optional.ofNullable(profile == null ? null : profile.nip);
    }

    /** Overrides the box; the computed box is kept beside it and recomputations keep the override. */
    @Transactional
    public void calibrate(UUID participantId, int box, String reason, String actor) {
        locks.lock(participantId);
        Placement p = em.find(Placement.class, participantId);
        if (p == null) {
            if (em.find(ParticipantReplica.class, participantId) == null) {
                throw ProblemException.notFound("Participant", participantId);
            }
            throw ProblemException.conflict("participant " + participantId
                    + " has no nine-box placement yet (no profile); nothing to calibrate");
        }
        TalentEvaluator.AuditedPlacement before = TalentEvaluator.AuditedPlacement.of(p);
        // The review period is the SKP year on record now, and the assessment result of the current profile.
        ProfileReplica profile = em.find(ProfileReplica.class, participantId);
        calibrations.start(p, box, reason.trim(), actor, p.performanceYear,
                profile == null ? null : profile.assessmentResultId);
        audit.record("CALIBRATE_BOX", TalentEvaluator.PLACEMENT, participantId, before,
                TalentEvaluator.AuditedPlacement.of(p), reason.trim());
        evaluator.evaluate(participantId);
    }

    /** Withdraws the calibration in force (with the committee's reason): the computed box applies again. */
    @Transactional
    public void withdrawCalibration(UUID participantId, String reason) {
        locks.lock(participantId);
        Placement p = em.find(Placement.class, participantId);
        if (p == null) {
            throw ProblemException.notFound("Talent", participantId);
        }
        if (!p.calibrated()) {
            throw ProblemException.conflict("participant " + participantId + " has no calibration in force; "
                    + "nothing to withdraw");
        }
        calibrations.end(p, CalibrationTerm.End.WITHDRAWN, reason.trim());
        evaluator.evaluate(participantId);
    }

    @Transactional
    public TalentViews.NineBoxGrid grid(String unitCode, String jobLevel) {
        Policies.Versioned<NineBoxPolicy> v = policies.current().nineBox();
        Map<Integer, Long> counts = new HashMap<>();
        Query q = em.createNativeQuery("select box, count(*) from placement where active" + filters(unitCode, jobLevel)
                + " group by box");
        bind(q, unitCode, jobLevel);
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            counts.put(i(r[0]), ((Number) r[1]).longValue());
        }
        List<TalentViews.Cell> cells = new ArrayList<>();
        Map<Integer, String[]> axes = new LinkedHashMap<>();
        for (PotentialLevel pot : PotentialLevel.values()) {
            for (PerformanceLevel perf : PerformanceLevel.values()) {
                axes.put(v.policy().boxOf(pot, perf), new String[] {pot.name(), perf.name()});
            }
        }
        long total = 0;
        for (int box = 1; box <= 9; box++) {
            String[] a = axes.get(box);
            long count = counts.getOrDefault(box, 0L);
            total += count;
            cells.add(new TalentViews.Cell(box, a[0], a[1], v.policy().poolBoxes().contains(box), count,
                    v.policy().recommendedActions().get(box)));
        }
        return new TalentViews.NineBoxGrid(unitCode, jobLevel, v.version(), total, cells);
    }

    @Transactional
    public Page<TalentViews.TalentSummary> members(Integer box, boolean poolOnly, String unitCode, String jobLevel,
            PageRequest page) {
        String where = " where p.active" + (box != null ? " and p.box = :box" : "")
                + (poolOnly ? " and p.in_talent_pool" : "") + filters(unitCode, jobLevel).replace(" and ", " and p.");
        Query count = em.createNativeQuery("select count(*) from placement p" + where);
        Query list = em.createNativeQuery("select p.participant_id, coalesce(r.nip, f.nip), coalesce(r.full_name, f.full_name), "
                + "p.job_level, p.unit_code, p.box, p.computed_box, p.calibrated_box is not null, p.performance_level, "
                + "p.potential_level, p.in_talent_pool from placement p "
                + "left join participant_replica r on r.participant_id = p.participant_id "
                + "left join profile_replica f on f.participant_id = p.participant_id" + where
                + " order by " + sortColumn(page.sortField()) + (page.ascending() ? " asc" : " desc")
                + ", p.participant_id limit :limit offset :offset");
        for (Query q : List.of(count, list)) {
            bind(q, unitCode, jobLevel);
            if (box != null) {
                q.setParameter("box", box);
            }
        }
        list.setParameter("limit", page.size()).setParameter("offset", page.offset());
        List<TalentViews.TalentSummary> items = new ArrayList<>();
        for (Object o : list.getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new TalentViews.TalentSummary((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], i(r[5]), i(r[6]), (Boolean) r[7], (String) r[8], (String) r[9], (Boolean) r[10]));
        }
        return Page.of(items, page, ((Number) count.getSingleResult()).longValue());
    }

    private List<TalentViews.CandidacyView> candidacies(UUID participantId) {
        List<TalentViews.CandidacyView> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("select k.id, k.title, k.job_level, k.unit_code, c.readiness, c.target_fit, "
                        + "c.box, c.nominated, c.rule, c.explanation, c.revision, c.changed_at, c.computed_readiness, "
                        + "c.override_readiness from candidate c "
                        + "join key_position k on k.id = c.key_position_id where c.participant_id = ?1 "
                        + "and c.readiness <> 'INELIGIBLE' order by k.title")
                .setParameter(1, participantId).getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new TalentViews.CandidacyView((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    (String) r[4], (String) r[12],
                    r[13] != null && Readiness.overrideApplies(Readiness.of((String) r[12])), (BigDecimal) r[5],
                    r[6] == null ? null : i(r[6]),
                    Boolean.TRUE.equals(r[7]) ? "NOMINATED" : "AUTO", (String) r[8], (String) r[9], i(r[10]), ts(r[11])));
        }
        return out;
    }

    private static String sortColumn(String field) {
        return switch (field) {
            case "fullName" -> "coalesce(r.full_name, f.full_name)";
            case "box" -> "p.box";
            case "jobLevel" -> "p.job_level";
            case "unitCode" -> "p.unit_code";
            default -> "p.changed_at";
        };
    }

    private static String filters(String unitCode, String jobLevel) {
        return (unitCode != null ? " and unit_code = :unit" : "") + (jobLevel != null ? " and job_level = :level" : "");
    }

    private static void bind(Query q, String unitCode, String jobLevel) {
        if (unitCode != null) {
            q.setParameter("unit", unitCode);
        }
        if (jobLevel != null) {
            q.setParameter("level", jobLevel);
        }
    }

    static int i(Object o) {
        return ((Number) o).intValue();
    }

    static String ts(Object o) {
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

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
