package id.talenta.talent.succession;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.CandidateScope;
import id.talenta.talent.domain.Eligibility;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.Person;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.Policies;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.domain.Reassessment;
import id.talenta.talent.events.TalentEvents;
import id.talenta.talent.policy.PolicyService;
import id.talenta.talent.store.CandidateStore;
import id.talenta.talent.store.CandidateStore.Candidacy;
import id.talenta.talent.store.HistoryStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps candidate lists right: proposes eligible talent-pool members (AUTO), re-assesses every candidacy of a
 * participant or of a position, and records/publishes a readiness change only when readiness really changes. The
 * decision is {@link Reassessment}'s; this class reads what it needs and persists, audits and publishes the outcome.
 */
@ApplicationScoped
public class SuccessionService {

    @Inject
    EntityManager em;

    @Inject
    TalentEvents events;

    @Inject
    PolicyService policies;
    /** The business clock (chassis BusinessClock): "today" is a date in the business time zone. */
    @Inject
    java.time.Clock clock;

    @Inject
    ParticipantLock locks;

    @Inject
    AuditTrail audit;

    @Inject
    HistoryStore history;

    @Inject
    CandidateStore store;

    /** Audit entity type of a candidacy's readiness; its id is {@code <keyPositionId>/<participantId>}. */
    public static final String READINESS = "readiness";
    /** Audit entity type of a committee nomination; its id is {@code <keyPositionId>/<participantId>}. */
    public static final String NOMINATION = "nomination";

    /** The audited state of a candidacy (no names, no free text beyond the rule and override reason). */
    public record AuditedCandidate(
            String readiness,
            String computedReadiness,
            boolean calibrated,
            String overrideReadiness,
            String overrideReason,
            boolean nominated,
            String nominationReason,
            BigDecimal targetFit,
            Integer box,
            String rule,
            int policyVersion,
            int revision) {
        public static AuditedCandidate of(Candidate c) {
            return new AuditedCandidate(
                    c.readiness,
                    c.computedReadiness,
                    c.calibrated(),
                    c.overrideReadiness,
                    c.overrideReason,
                    c.nominated,
                    c.nominationReason,
                    c.targetFit,
                    c.box,
                    c.rule,
                    c.policyVersion,
                    c.revision);
        }
    }

    public static String entityId(Candidate c) {
        return c.keyPositionId + "/" + c.participantId;
    }

    /**
     * The candidacies of a batch of participants and the key positions any of them could newly qualify for, read
     * once per batch so that re-assessing each person costs no query. The positions are a superset (target levels
     * of every job level in the batch, and under unit scope only the batch's units), read-only; the per-person
     * filter in {@link #reassessParticipant} decides.
     */
    public record Candidacies(Map<UUID, List<Candidacy>> byParticipant, List<KeyPosition> positions) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Candidacies candidacies(
            Collection<UUID> participantIds,
            Map<UUID, ParticipantReplica> people,
            Map<UUID, ProfileReplica> profiles,
            Policies pol) {
        Map<UUID, List<Candidacy>> by = store.candidaciesOf(participantIds);
        Eligibility eligibility = new Eligibility(pol.readiness().policy());
        Set<String> levels = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        boolean anyUnit = pol.readiness().policy().candidateScope() != CandidateScope.UNIT;
        for (UUID id : participantIds) {
            Person person = Person.of(id, people.get(id), profiles.get(id));
            if (person.level() != null) {
                eligibility.targetLevels(person.level()).forEach(l -> levels.add(l.name()));
            }
            if (person.unitCode() == null) {
                anyUnit = true; // matches positions without a unit: do not narrow by unit
            } else {
                units.add(person.unitCode());
            }
        }
        if (levels.isEmpty()) {
            return new Candidacies(by, List.of());
        }
        return new Candidacies(by, store.positionsAt(levels, anyUnit ? null : units));
    }

    /** Re-assesses every candidacy of one participant and proposes them where they newly qualify. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessParticipant(
            UUID participantId, ParticipantReplica replica, ProfileReplica profile, Placement placement, Policies pol) {
        return reassessParticipant(participantId, replica, profile, placement, pol, null);
    }

    /** As above; {@code preloaded} (may be null) holds the batch's candidacies and key positions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessParticipant(
            UUID participantId,
            ParticipantReplica replica,
            ProfileReplica profile,
            Placement placement,
            Policies pol,
            Candidacies preloaded) {
        Reassessment.Facts facts = facts(participantId, replica, profile, placement);
        Person person = facts.person();
        List<Candidacy> existing = preloaded != null
                ? preloaded.byParticipant().getOrDefault(participantId, List.of())
                : store.candidaciesOf(participantId);
        int changes = 0;
        for (Candidacy candidacy : existing) {
            changes += reassess(candidacy.candidate(), candidacy.position(), facts, pol);
        }
        boolean automatic = placement != null
                && (placement.inTalentPool || !pol.readiness().policy().poolOnly());
        if (automatic && person.known() && person.active() && person.level() != null) {
            Set<String> levels = new TreeSet<>();
            new Eligibility(pol.readiness().policy())
                    .targetLevels(person.level())
                    .forEach(l -> levels.add(l.name()));
            if (!levels.isEmpty()) {
                boolean unitScope = pol.readiness().policy().candidateScope() == CandidateScope.UNIT;
                List<KeyPosition> fresh;
                if (preloaded != null) {
                    Set<UUID> already = new HashSet<>();
                    existing.forEach(c -> already.add(c.candidate().keyPositionId));
                    fresh = preloaded.positions().stream()
                            .filter(k -> levels.contains(k.jobLevel))
                            .filter(k -> !unitScope || Objects.equals(k.unitCode, person.unitCode()))
                            .filter(k -> !already.contains(k.id))
                            .toList();
                } else {
                    fresh = store.positionsWithout(participantId, levels, person.unitCode(), unitScope);
                }
                for (KeyPosition k : fresh) {
                    changes += reassess(null, k, facts, pol);
                }
            }
        }
        return changes;
    }

    /**
     * Re-assesses every candidacy of one position and proposes every pool member (with automaticCandidates
     * ALL_ELIGIBLE: every placed person) who now qualifies.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessPosition(KeyPosition position) {
        Policies pol = policies.current();
        Eligibility eligibility = new Eligibility(pol.readiness().policy());
        Set<String> levels = new TreeSet<>();
        JobLevel.parse(position.jobLevel)
                .ifPresent(l -> eligibility.qualifyingLevels(l).forEach(q -> levels.add(q.name())));
        TreeSet<UUID> ids = store.consideredFor(
                position,
                levels,
                pol.readiness().policy().poolOnly(),
                pol.readiness().policy().candidateScope() == CandidateScope.UNIT);
        int changes = 0;
        for (UUID id : ids) { // ascending: the lock order every multi-participant transaction uses
            changes += reassessOne(position, id, pol);
        }
        return changes;
    }

    /** Re-assesses one participant for one position (after a nomination or its removal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessOne(KeyPosition position, UUID participantId, Policies pol) {
        if (pol == null) {
            pol = policies.current();
        }
        locks.lock(participantId);
        Reassessment.Facts facts = facts(
                participantId,
                em.find(ParticipantReplica.class, participantId),
                em.find(ProfileReplica.class, participantId),
                em.find(Placement.class, participantId));
        Candidate c = em.find(Candidate.class, new Candidate.Key(position.id, participantId));
        return reassess(c, position, facts, pol);
    }

    private Reassessment.Facts facts(
            UUID participantId, ParticipantReplica replica, ProfileReplica profile, Placement placement) {
        Reassessment.PlacementFacts placed = placement == null
                ? null
                : new Reassessment.PlacementFacts(
                        placement.box,
                        placement.computedBox,
                        placement.inTalentPool,
                        placement.calibrated(),
                        placement.calibratedAt == null
                                ? null
                                : placement
                                        .calibratedAt
                                        .atZoneSameInstant(clock.getZone())
                                        .toLocalDate(),
                        placement.calibrationReviewYear);
        return new Reassessment.Facts(
                Person.of(participantId, replica, profile),
                placed,
                profile == null ? null : profile.fitByJobLevel,
                profile != null && profile.expired);
    }

    /** Decides ({@link Reassessment}), then persists, audits and publishes; 1 when the effective readiness changed. */
    private int reassess(Candidate c, KeyPosition position, Reassessment.Facts facts, Policies pol) {
        int version = pol.readiness().version();
        Reassessment.Outcome o = Reassessment.decide(
                Reassessment.Current.of(c),
                Reassessment.Target.of(position),
                facts,
                pol.readiness().policy(),
                version,
                LocalDate.now(clock));
        if (o.change() == Reassessment.Change.NONE) {
            return 0;
        }
        if (c == null) {
            c = new Candidate();
            c.keyPositionId = position.id;
            c.participantId = facts.person().participantId();
        }
        AuditedCandidate before = c.revision == 0 ? null : AuditedCandidate.of(c);
        c.computedReadiness = o.computed().code();
        c.targetFit = o.targetFit();
        c.box = o.box();
        c.rule = o.rule();
        c.explanation = o.explanation();
        c.policyVersion = version;
        if (o.change() == Reassessment.Change.RECOMPUTED) {
            // Only the computed value moved under a committee override: nothing visible changed, but record it.
            audit.record(AuditAction.COMPUTE, READINESS, entityId(c), before, AuditedCandidate.of(c), null);
        }
        if (o.change() != Reassessment.Change.CHANGED) {
            return 0;
        }
        c.readiness = o.effective().code();
        c.revision++;
        c.changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!em.contains(c)) {
            em.persist(c);
        }
        history.readiness(HistoryStore.row(
                "key_position_id",
                c.keyPositionId,
                "participant_id",
                c.participantId,
                "position_title",
                position.title,
                "revision",
                c.revision,
                "from_readiness",
                o.from(),
                "to_readiness",
                c.readiness,
                "target_fit",
                c.targetFit,
                "box",
                c.box,
                "rule",
                c.rule,
                "explanation",
                c.explanation,
                "policy_version",
                c.policyVersion,
                "changed_at",
                c.changedAt,
                "computed_readiness",
                c.computedReadiness,
                "calibrated",
                c.calibrated()));
        audit.record(AuditAction.COMPUTE, READINESS, entityId(c), before, AuditedCandidate.of(c), null);
        events.readinessChanged(c, position, o.from());
        return 1;
    }
}
