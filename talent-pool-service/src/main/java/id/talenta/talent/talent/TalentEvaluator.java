package id.talenta.talent.talent;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.talent.domain.CalibrationTerm;
import id.talenta.talent.domain.NineBoxPlacement;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.Person;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.Policies;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.domain.SkpRating;
import id.talenta.talent.events.TalentEvents;
import id.talenta.talent.policy.PolicyService;
import id.talenta.talent.store.HistoryStore;
import id.talenta.talent.store.PlacementStore;
import id.talenta.talent.store.ReplicaStore;
import id.talenta.talent.succession.SuccessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Re-evaluates one participant from what this service knows (replicas, latest SKP rating, calibration, policies):
 * the nine-box placement, then every candidacy. Publishes only what really changed. Every trigger (profile,
 * participant, rating, calibration, policy change) ends here, so the rules are applied in exactly one way.
 */
@ApplicationScoped
public class TalentEvaluator {

    /** What one re-evaluation changed. */
    public record Outcome(boolean placementChanged, int readinessChanges) {}

    @Inject
    EntityManager em;

    @Inject
    PolicyService policies;

    @Inject
    TalentEvents events;

    @Inject
    SuccessionService succession;

    @Inject
    ParticipantLock locks;

    @Inject
    AuditTrail audit;

    @Inject
    HistoryStore history;

    @Inject
    PlacementStore placements;

    @Inject
    ReplicaStore replicas;

    @Inject
    Calibrations calibrations;

    @Inject
    java.time.Clock clock;

    /** Audit entity type of a nine-box placement (id = participant id). */
    public static final String PLACEMENT = "placement";

    /** The audited state of a placement. */
    public record AuditedPlacement(
            int box,
            int computedBox,
            Integer calibratedBox,
            String performanceLevel,
            Integer performanceYear,
            String potentialLevel,
            boolean inTalentPool,
            boolean active,
            String jobLevel,
            String unitCode,
            List<String> recommendedActions,
            int policyVersion,
            int revision) {
        public static AuditedPlacement of(Placement p) {
            return new AuditedPlacement(
                    p.box,
                    p.computedBox,
                    p.calibratedBox,
                    p.performanceLevel,
                    p.performanceYear,
                    p.potentialLevel,
                    p.inTalentPool,
                    p.active,
                    p.jobLevel,
                    p.unitCode,
                    p.recommendedActions,
                    p.policyVersion,
                    p.revision);
        }
    }

    /**
     * What a batch re-evaluation reads, loaded with one query per table for the whole batch instead of one per
     * person (absent rows are known to be absent, so nothing is read again).
     */
    public record Preloaded(
            Map<UUID, ParticipantReplica> people,
            Map<UUID, ProfileReplica> profiles,
            Map<UUID, Placement> placements,
            Map<UUID, NavigableMap<Integer, SkpRating>> latestRatings,
            SuccessionService.Candidacies candidacies) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome evaluate(UUID participantId) {
        return evaluate(participantId, null, policies.current());
    }

    /** Re-evaluates many participants in the caller's transaction: locks all (ascending), reads each table once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int evaluateAll(Collection<UUID> participantIds) {
        if (participantIds.isEmpty()) {
            return 0;
        }
        locks.lockAll(participantIds);
        history.deferInThisTransaction();
        Policies pol = policies.current();
        Preloaded pre = preload(participantIds, pol);
        int changes = 0;
        for (UUID id : new TreeSet<>(participantIds)) {
            Outcome o = evaluate(id, pre, pol);
            changes += (o.placementChanged() ? 1 : 0) + o.readinessChanges();
        }
        history.writeDeferred();
        return changes;
    }

    private Outcome evaluate(UUID participantId, Preloaded pre, Policies pol) {
        locks.lock(participantId);
        ParticipantReplica person =
                pre != null ? pre.people().get(participantId) : em.find(ParticipantReplica.class, participantId);
        ProfileReplica profile =
                pre != null ? pre.profiles().get(participantId) : em.find(ProfileReplica.class, participantId);
        Placement placement =
                pre != null ? pre.placements().get(participantId) : em.find(Placement.class, participantId);
        boolean changed = false;
        if (profile != null) {
            if (placement == null) {
                placement = new Placement();
                placement.participantId = participantId;
            }
            changed = place(
                    placement,
                    person,
                    profile,
                    pol,
                    pre == null ? null : Optional.of(pre.latestRatings().getOrDefault(participantId, new TreeMap<>())));
        }
        int readinessChanges = succession.reassessParticipant(
                participantId,
                person,
                profile,
                placement == null || placement.revision == 0 ? null : placement,
                pol,
                pre == null ? null : pre.candidacies());
        return new Outcome(changed, readinessChanges);
    }

    private Preloaded preload(Collection<UUID> ids, Policies pol) {
        Map<UUID, ParticipantReplica> people = replicas.participants(ids);
        Map<UUID, ProfileReplica> profiles = replicas.profiles(ids);
        Map<UUID, Placement> placed = placements.placements(ids);
        Map<UUID, NavigableMap<Integer, SkpRating>> ratings = placements.latestRatings(
                ids, pol.nineBox().policy().performanceAxis().yearsRead());
        return new Preloaded(people, profiles, placed, ratings, succession.candidacies(ids, people, profiles, pol));
    }

    /**
     * Places the person from their profile, ratings and calibration; true when the placement changed (a new
     * revision, recorded and published). {@code preloadedRatings}: null = read them now; empty = known to have none.
     */
    private boolean place(
            Placement placement,
            ParticipantReplica participant,
            ProfileReplica profile,
            Policies pol,
            Optional<NavigableMap<Integer, SkpRating>> preloadedRatings) {
        NavigableMap<Integer, SkpRating> ratings = preloadedRatings != null
                ? preloadedRatings.get()
                : placements.latestRatings(
                        placement.participantId,
                        pol.nineBox().policy().performanceAxis().yearsRead());
        Person person = Person.of(placement.participantId, participant, profile);
        String lapsed = endLapsedCalibration(placement, profile, ratings.isEmpty() ? null : ratings.lastKey());
        NineBoxPlacement result = decide(placement, profile, ratings, person.active(), pol);
        if (lapsed != null) {
            result = result.explainedFurther(lapsed);
        }
        if (profile.expired) {
            result = result.explainedFurther("The assessment result behind the profile EXPIRED"
                    + (profile.validUntil == null ? "" : " after " + profile.validUntil)
                    + ": the placement keeps its values; automatic candidacy follows the readiness policy "
                    + "(default: none).");
        }
        boolean isNew = placement.revision == 0;
        if (!isNew
                && !placement.differsFrom(
                        result,
                        person.jobLevel(),
                        person.unitCode(),
                        person.active(),
                        pol.nineBox().version())) {
            placement.explanation = result.explanation(); // inputs such as the score may move within the same box
            return false;
        }
        AuditedPlacement before = isNew ? null : AuditedPlacement.of(placement);
        placement.revise(
                result,
                person.jobLevel(),
                person.unitCode(),
                person.active(),
                pol.nineBox().version(),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS));
        record(placement, isNew, before);
        return true;
    }

    /** The policy's placement (the pure rule, NineBoxPolicy) from the profile, the ratings and the calibration. */
    private NineBoxPlacement decide(
            Placement placement,
            ProfileReplica profile,
            NavigableMap<Integer, SkpRating> ratings,
            boolean active,
            Policies pol) {
        SkpRating latest = ratings.isEmpty() ? null : ratings.lastEntry().getValue();
        Integer year = ratings.isEmpty() ? null : ratings.lastKey();
        return pol.nineBox()
                .policy()
                .place(
                        new NineBoxPolicy.Inputs(
                                PotentialLevel.valueOf(profile.potentialCategory),
                                profile.potentialScore == null ? null : profile.potentialScore.doubleValue(),
                                profile.revision,
                                latest,
                                year,
                                placement.calibratedBox,
                                active,
                                profile.frameworkVersion,
                                profile.potentialTinggi,
                                profile.potentialMenengah,
                                placement.calibrationReviewYear,
                                placement.calibratedAt == null
                                        ? null
                                        : placement
                                                .calibratedAt
                                                .atZoneSameInstant(clock.getZone())
                                                .toLocalDate(),
                                ratings,
                                java.time.Year.now(clock).getValue()),
                        pol.nineBox().version());
    }

    /** Ends a calibration whose term lapsed (CalibrationTerm); the sentence that explains it, or null. */
    private String endLapsedCalibration(Placement placement, ProfileReplica profile, Integer ratedYear) {
        if (!placement.calibrated()) {
            return null;
        }
        Optional<CalibrationTerm.Lapse> lapse = CalibrationTerm.lapse(
                placement.calibrationReviewYear, placement.calibrationResultId, ratedYear, profile.assessmentResultId);
        if (lapse.isEmpty()) {
            return null;
        }
        String explained = "The committee's calibration to box " + placement.calibratedBox + " (review period "
                + (placement.calibrationReviewYear == null
                        ? "without an SKP rating"
                        : "SKP " + placement.calibrationReviewYear)
                + ") lapsed: " + lapse.get().reason() + ".";
        calibrations.end(placement, lapse.get().end(), lapse.get().reason());
        return explained;
    }

    /** The new revision persisted, its history row, its audit row and talent.placement.changed. */
    private void record(Placement placement, boolean isNew, AuditedPlacement before) {
        if (isNew) {
            em.persist(placement);
        }
        if (!history.deferring()) {
            em.flush(); // the history row refers to the placement row
        }
        history.placement(HistoryStore.row(
                "participant_id",
                placement.participantId,
                "revision",
                placement.revision,
                "box",
                placement.box,
                "computed_box",
                placement.computedBox,
                "calibrated",
                placement.calibrated(),
                "performance_level",
                placement.performanceLevel,
                "potential_level",
                placement.potentialLevel,
                "in_talent_pool",
                placement.inTalentPool,
                "policy_version",
                placement.policyVersion,
                "explanation",
                placement.explanation,
                "changed_at",
                placement.changedAt));
        audit.record(
                AuditAction.PLACE, PLACEMENT, placement.participantId, before, AuditedPlacement.of(placement), null);
        events.placementChanged(placement);
    }
}
