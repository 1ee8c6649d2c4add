package id.talenta.talent.talent;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.CalibrationTerm;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.PerformanceLevel;
import id.talenta.talent.domain.Person;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.Policies;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.policy.PolicyService;
import id.talenta.talent.store.CalibrationStore;
import id.talenta.talent.store.CandidateStore;
import id.talenta.talent.store.People;
import id.talenta.talent.store.PlacementStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads placements (one person, the grid, the pool) and applies committee calibrations. */
@ApplicationScoped
public class TalentService {

    @Inject
    EntityManager em;

    @Inject
    PolicyService policies;

    @Inject
    TalentEvaluator evaluator;

    @Inject
    Calibrations calibrations;

    @Inject
    ParticipantLock locks;

    @Inject
    AuditTrail audit;

    @Inject
    People people;

    @Inject
    PlacementStore placements;

    @Inject
    CalibrationStore calibrationStore;

    @Inject
    CandidateStore candidates;

    /** The talent view of one participant, or empty when this service has never heard of them. */
    @Transactional
    public Optional<TalentViews.Talent> find(UUID participantId) {
        Optional<Person> known = people.find(participantId);
        Placement p = em.find(Placement.class, participantId);
        if (known.isEmpty() && p == null) {
            return Optional.empty();
        }
        Person person = known.orElse(Person.of(participantId, null, null));
        List<CandidateStore.CandidacyView> readiness = candidates.onTheList(participantId);
        if (p == null) {
            return Optional.of(new TalentViews.Talent(
                    participantId,
                    person.nip(),
                    person.fullName(),
                    person.jobLevel(),
                    person.unitCode(),
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    false,
                    person.active(),
                    List.of(),
                    null,
                    "No placement yet: no competency profile (profile.computed) has been received for this participant.",
                    null,
                    null,
                    List.of(),
                    List.of(),
                    readiness));
        }
        return Optional.of(new TalentViews.Talent(
                participantId,
                person.nip(),
                person.fullName(),
                p.jobLevel,
                p.unitCode,
                p.box,
                p.computedBox,
                p.calibrated(),
                p.performanceLevel,
                p.performanceYear,
                p.potentialLevel,
                p.inTalentPool,
                p.active,
                p.recommendedActions,
                p.policyVersion,
                p.explanation,
                p.revision,
                p.changedAt.toInstant().toString(),
                placements.history(participantId),
                calibrationStore.of(participantId),
                readiness));
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
        calibrations.start(
                p, box, reason.trim(), actor, p.performanceYear, profile == null ? null : profile.assessmentResultId);
        audit.record(
                AuditAction.CALIBRATE,
                TalentEvaluator.PLACEMENT,
                participantId,
                before,
                TalentEvaluator.AuditedPlacement.of(p),
                reason.trim());
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
            throw ProblemException.conflict(
                    "participant " + participantId + " has no calibration in force; " + "nothing to withdraw");
        }
        calibrations.end(p, CalibrationTerm.End.WITHDRAWN, reason.trim());
        evaluator.evaluate(participantId);
    }

    @Transactional
    public TalentViews.NineBoxGrid grid(String unitCode, String jobLevel) {
        Policies.Versioned<NineBoxPolicy> v = policies.current().nineBox();
        Map<Integer, Long> counts = placements.countsByBox(unitCode, jobLevel);
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
            cells.add(new TalentViews.Cell(
                    box,
                    a[0],
                    a[1],
                    v.policy().poolBoxes().contains(box),
                    count,
                    v.policy().recommendedActions().get(box)));
        }
        return new TalentViews.NineBoxGrid(unitCode, jobLevel, v.version(), total, cells);
    }

    @Transactional
    public Page<PlacementStore.TalentSummary> members(
            Integer box, boolean poolOnly, String unitCode, String jobLevel, PageRequest page) {
        return placements.members(box, poolOnly, unitCode, jobLevel, page);
    }
}
