package id.talenta.talent.talent;

import id.talenta.talent.domain.NineBoxPlacement;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.domain.SkpRating;
import id.talenta.talent.events.TalentEvents;
import id.talenta.talent.policy.Policies;
import id.talenta.talent.policy.PolicyStore;
import id.talenta.talent.succession.SuccessionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
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

    @Inject EntityManager em;
    @Inject PolicyStore policies;
    @Inject TalentEvents events;
    @Inject SuccessionService succession;
    @Inject ParticipantLock locks;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome evaluate(UUID participantId) {
        locks.lock(participantId);
        Policies pol = policies.current();
        ParticipantReplica person = em.find(ParticipantReplica.class, participantId);
        ProfileReplica profile = em.find(ProfileReplica.class, participantId);
        Placement placement = em.find(Placement.class, participantId);
        boolean changed = false;
        if (profile != null) {
            if (placement == null) {
                placement = new Placement();
                placement.participantId = participantId;
            }
            changed = place(placement, person, profile, pol);
        }
        int readinessChanges = succession.reassessParticipant(participantId, person, profile,
                placement == null || placement.revision == 0 ? null : placement, pol);
        return new Outcome(changed, readinessChanges);
    }

    private boolean place(Placement placement, ParticipantReplica person, ProfileReplica profile, Policies pol) {
        List<?> rating = em.createNativeQuery("select rating, year from performance_rating where participant_id = ?1 "
                        + "order by year desc limit 1")
                .setParameter(1, placement.participantId).getResultList();
        SkpRating latest = rating.isEmpty() ? null : SkpRating.valueOf((String) ((Object[]) rating.get(0))[0]);
        Integer year = rating.isEmpty() ? null : ((Number) ((Object[]) rating.get(0))[1]).intValue();
        boolean active = person == null || person.active();
        String jobLevel = person != null && person.jobLevel != null ? person.jobLevel : profile.jobLevel;
        String unitCode = person != null && person.unitCode != null ? person.unitCode : profile.unitCode;
        NineBoxPlacement result = pol.nineBox().policy().place(new NineBoxPolicy.Inputs(
                PotentialLevel.valueOf(profile.potentialCategory),
                profile.potentialScore == null ? null : profile.potentialScore.doubleValue(), profile.revision, latest,
                year, placement.calibratedBox, active), pol.nineBox().version());

        boolean isNew = placement.revision == 0;
        if (!isNew && !placement.differsFrom(result, jobLevel, unitCode, active, pol.nineBox().version())) {
            placement.explanation = result.explanation(); // inputs such as the score may move within the same box
            return false;
        }
        placement.revision++;
        placement.jobLevel = jobLevel;
        placement.unitCode = unitCode;
        placement.active = active;
        placement.box = result.box();
        placement.computedBox = result.computedBox();
        placement.performanceLevel = result.performanceLevel() == null ? null : result.performanceLevel().name();
        placement.performanceYear = result.performanceYear();
        placement.potentialLevel = result.potentialLevel().name();
        placement.inTalentPool = result.inTalentPool();
        placement.recommendedActions = result.recommendedActions();
        placement.policyVersion = pol.nineBox().version();
        placement.explanation = result.explanation();
        placement.changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (isNew) {
            em.persist(placement);
        }
        em.flush();
        em.createNativeQuery("insert into placement_history (participant_id, revision, box, computed_box, calibrated, "
                        + "performance_level, potential_level, in_talent_pool, policy_version, explanation, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, placement.participantId).setParameter(2, placement.revision)
                .setParameter(3, placement.box).setParameter(4, placement.computedBox)
                .setParameter(5, placement.calibrated()).setParameter(6, placement.performanceLevel)
                .setParameter(7, placement.potentialLevel).setParameter(8, placement.inTalentPool)
                .setParameter(9, placement.policyVersion).setParameter(10, placement.explanation)
                .setParameter(11, placement.changedAt)
                .executeUpdate();
        events.placementChanged(placement);
        return true;
    }
}
