package id.talenta.talent.succession;

import id.talenta.chassis.audit.AuditTrail;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.CandidateScope;
import id.talenta.talent.domain.Eligibility;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.ProfileReplica;
import id.talenta.talent.domain.Readiness;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.events.TalentEvents;
import id.talenta.talent.policy.Policies;
import id.talenta.talent.policy.PolicyStore;
import id.talenta.talent.talent.HistoryRows;
import id.talenta.chassis.locks.ParticipantLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Keeps candidate lists right: proposes eligible talent-pool members (AUTO), re-assesses every candidacy of a
 * participant or of a position, and records/publishes a readiness change only when readiness really changes.
 */
@ApplicationScoped
public class SuccessionService {

    @Inject EntityManager em;
    @Inject TalentEvents events;
    @Inject PolicyStore policies;
    /** The business clock (chassis BusinessClock): "today" is a date in the business time zone. */
    @Inject java.time.Clock clock;
    @Inject ParticipantLock locks;
    @Inject AuditTrail audit;
    @Inject HistoryRows history;

    /** Audit entity type of a candidacy; its id is {@code <keyPositionId>/<participantId>}. */
    public static final String CANDIDATE = "candidate";
    /** The rule name of a readiness the talent committee set. */
    public static final String OVERRIDE_RULE = "COMMITTEE_OVERRIDE";

    /** The audited state of a candidacy (no names, no free text beyond the rule and override reason). */
    public record AuditedCandidate(String readiness, String computedReadiness, boolean calibrated,
            String overrideReadiness, String overrideReason, boolean nominated, String nominationReason,
            BigDecimal targetFit, Integer box, String rule, int policyVersion, int revision) {
        public static AuditedCandidate of(Candidate c) {
            return new AuditedCandidate(c.readiness, c.computedReadiness, c.calibrated(), c.overrideReadiness,
                    c.overrideReason, c.nominated, c.nominationReason, c.targetFit, c.box, c.rule, c.policyVersion,
                    c.revision);
        }
    }

    public static String entityId(Candidate c) {
        return c.keyPositionId + "/" + c.participantId;
    }

    /** Everything about one participant the candidate rules read. */
    record Person(UUID participantId, ParticipantReplica replica, ProfileReplica profile, Placement placement) {
        JobLevel jobLevel() {
            String code = replica != null && replica.jobLevel != null ? replica.jobLevel
                    : profile != null ? profile.jobLevel : null;
            return JobLevel.parse(code).orElse(null);
        }

        String unitCode() {
            return replica != null && replica.unitCode != null ? replica.unitCode
                    : profile != null ? profile.unitCode : null;
        }

        boolean active() {
            return replica == null || replica.active();
        }

        /** Whether the participant record has arrived (a profile may come first); only then can they be proposed. */
        boolean known() {
            return replica != null;
        }

        boolean inPool() {
            return placement != null && placement.inTalentPool;
        }
    }

    /**
     * The candidacies of a batch of participants and the key positions any of them could newly qualify for, read
     * once per batch so that re-assessing each person costs no query. The positions are a superset (target levels
     * of every job level in the batch, and under unit scope only the batch's units), read-only; the per-person
     * filter in {@link #reassessParticipant} decides. Reading every key position instead made each batch cost
     * O(all key positions) of entity loading and dirty checking: 11 ms of CPU per result with 4,000 positions.
     */
    public record Candidacies(Map<UUID, List<Object[]>> byParticipant, List<KeyPosition> positions) {}

    @Transactional(Transactional.TxType.MANDATORY)
    public Candidacies candidacies(Collection<UUID> participantIds, Map<UUID, ParticipantReplica> people,
            Map<UUID, ProfileReplica> profiles, Policies pol) {
        Map<UUID, List<Object[]>> by = new HashMap<>();
        em.createQuery("select c, k from Candidate c, KeyPosition k where k.id = c.keyPositionId "
                        + "and c.participantId in :ids", Object[].class)
                .setParameter("ids", participantIds).getResultList()
                .forEach(r -> by.computeIfAbsent(((Candidate) r[0]).participantId, x -> new ArrayList<>()).add(r));
        Eligibility eligibility = new Eligibility(pol.readiness().policy());
        Set<String> levels = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        boolean anyUnit = pol.readiness().policy().candidateScope() != CandidateScope.UNIT;
        for (UUID id : participantIds) {
            Person person = new Person(id, people.get(id), profiles.get(id), null);
            if (person.jobLevel() != null) {
                eligibility.targetLevels(person.jobLevel()).forEach(l -> levels.add(l.name()));
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
        var positions = em.createQuery("select k from KeyPosition k where k.jobLevel in :levels"
                        + (anyUnit ? "" : " and k.unitCode in :units"), KeyPosition.class)
                .setParameter("levels", levels)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true);
        if (!anyUnit) {
            positions.setParameter("units", units);
        }
        return new Candidacies(by, positions.getResultList());
    }

    /** Re-assesses every candidacy of one participant and proposes them where they newly qualify. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessParticipant(UUID participantId, ParticipantReplica replica, ProfileReplica profile,
            Placement placement, Policies pol) {
        return reassessParticipant(participantId, replica, profile, placement, pol, null);
    }

    /** As above; {@code preloaded} (may be null) holds the batch's candidacies and all key positions. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reassessParticipant(UUID participantId, ParticipantReplica replica, ProfileReplica profile,
            Placement placement, Policies pol, Candidacies preloaded) {
        Person person = new Person(participantId, replica, profile, placement);
        List<Object[]> existing = preloaded != null ? preloaded.byParticipant().getOrDefault(participantId, List.of())
                : em.createQuery("select c, k from Candidate c, KeyPosition k "
                        + "where k.id = c.keyPositionId and c.participantId = :p", Object[].class)
                .setParameter("p", participantId).getResultList();
        int changes = 0;
        for (Object[] row : existing) {
            changes += reassess((Candidate) row[0], (KeyPosition) row[1], person, pol);
        }
        boolean automatic = person.inPool() || !pol.readiness().policy().poolOnly() && person.placement() != null;
        if (automatic && person.known() && person.active() && person.jobLevel() != null) {
            Eligibility eligibility = new Eligibility(pol.readiness().policy());
            Set<String> levels = new TreeSet<>();
            eligibility.targetLevels(person.jobLevel()).forEach(l -> levels.add(l.name()));
            if (!levels.isEmpty()) {
                boolean unitScope = pol.readiness().policy().candidateScope() == CandidateScope.UNIT;
                List<KeyPosition> fresh;
                if (preloaded != null) {
                    Set<UUID> already = new HashSet<>();
                    existing.forEach(r -> already.add(((Candidate) r[0]).keyPositionId));
                    fresh = preloaded.positions().stream().filter(k -> levels.contains(k.jobLevel))
                            .filter(k -> !unitScope || Objects.equals(k.unitCode, person.unitCode()))
                            .filter(k -> !already.contains(k.id)).toList();
                } else {
                    var query = em.createQuery("select k from KeyPosition k where k.jobLevel in :levels "
                            + (unitScope ? "and k.unitCode = :unit " : "")
                            + "and not exists (select 1 from Candidate c where c.keyPositionId = k.id and c.participantId = :p)",
                            KeyPosition.class)
                            .setParameter("levels", levels).setParameter("p", participantId);
                    if (unitScope) {
                        query.setParameter("unit", person.unitCode());
                    }
                    fresh = query.getResultList();
                }
                for (KeyPosition k : fresh) {
                    changes += reassess(null, k, person, pol);
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
        JobLevel.parse(position.jobLevel).ifPresent(l -> eligibility.qualifyingLevels(l).forEach(q -> levels.add(q.name())));
        TreeSet<UUID> ids = new TreeSet<>(em.createQuery("select c.participantId from Candidate c where c.keyPositionId = :k",
                UUID.class).setParameter("k", position.id).getResultList());
        if (!levels.isEmpty()) {
            boolean unitScope = pol.readiness().policy().candidateScope() == CandidateScope.UNIT;
            var query = em.createQuery("select p.participantId from Placement p where "
                    + (pol.readiness().policy().poolOnly() ? "p.inTalentPool = true and " : "")
                    + "p.jobLevel in :levels" + (unitScope ? " and p.unitCode = :unit" : ""), UUID.class)
                    .setParameter("levels", levels);
            if (unitScope) {
                query.setParameter("unit", position.unitCode);
            }
            ids.addAll(query.getResultList());
        }
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
        Person person = new Person(participantId, em.find(ParticipantReplica.class, participantId),
                em.find(ProfileReplica.class, participantId), em.find(Placement.class, participantId));
        Candidate c = em.find(Candidate.class, new Candidate.Key(position.id, participantId));
        return reassess(c, position, person, pol);
    }

    /** When the box the readiness used is the committee's: since when, for which review period, and what was computed. */
    private String calibrationNote(Placement placement) {
        if (placement == null || !placement.calibrated()) {
            return "";
        }
        return " Box " + placement.box + " is the talent committee's calibration"
                + (placement.calibratedAt == null ? ""
                        : " of " + placement.calibratedAt.atZoneSameInstant(clock.getZone()).toLocalDate())
                + " for the review period " + (placement.calibrationReviewYear == null ? "without an SKP rating"
                        : "SKP " + placement.calibrationReviewYear)
                + " (computed box " + placement.computedBox + ").";
    }

    private int reassess(Candidate c, KeyPosition position, Person person, Policies pol) {
        ReadinessPolicy policy = pol.readiness().policy();
        int version = pol.readiness().version();
        JobLevel positionLevel = JobLevel.parse(position.jobLevel).orElseThrow();
        Eligibility.Verdict verdict = new Eligibility(policy).check(
                new Eligibility.Candidate(person.participantId(), person.jobLevel(), person.unitCode(),
                        person.active(), person.replica() == null ? null : person.replica().retirementDate,
                        person.inPool(), c != null && c.nominated, person.known(),
                        person.profile() != null && person.profile().expired),
                new Eligibility.Position(positionLevel, position.unitCode, position.incumbentParticipantId),
                LocalDate.now(clock));
        Double fit = person.profile() == null ? null : person.profile().fitFor(position.jobLevel);
        Integer box = person.placement() == null ? null : person.placement().box;
        Readiness computed;
        String rule;
        String explanation;
        if (verdict.eligible()) {
            ReadinessPolicy.Assessment a = policy.assess(box, fit, version);
            computed = a.readiness();
            rule = a.rule();
            explanation = "Candidate for " + position.title + " (" + position.jobLevel + "): " + verdict.reason() + ". "
                    + a.explanation() + calibrationNote(person.placement());
        } else {
            computed = Readiness.INELIGIBLE;
            rule = verdict.rule();
            explanation = "Not a candidate for " + position.title + " (" + position.jobLevel + "): " + verdict.reason()
                    + " (readiness policy v" + version + ").";
        }
        String from;
        if (c == null) {
            if (!verdict.eligible()) {
                return 0;
            }
            c = new Candidate();
            c.keyPositionId = position.id;
            c.participantId = person.participantId();
            from = null;
        } else {
            from = c.revision == 0 ? null : c.readiness; // a fresh nomination has no readiness yet
        }
        Readiness override = c.overrideReadiness == null ? null : Readiness.of(c.overrideReadiness);
        String suspendedOverride = null;
        if (override != null && !policy.isLevel(override.code())) {
            // a policy version without that level: the override no longer means anything, the computed one counts
            suspendedOverride = " The committee's readiness override (" + override + ") is suspended: " + override
                    + " is not a level of readiness policy v" + version + ".";
            override = null;
        }
        Readiness to = Readiness.effective(computed, override);
        if (override != null && Readiness.overrideApplies(computed)) {
            explanation = "Readiness " + to + " set by the talent committee (" + c.overrideReason + "); the policy "
                    + "computes " + computed + " (rule " + rule + "). " + explanation;
            rule = OVERRIDE_RULE;
        } else if (override != null) {
            explanation = explanation + " The committee's readiness override (" + override
                    + ") is suspended while the candidate is not eligible.";
        }
        if (suspendedOverride != null) {
            explanation = explanation + suspendedOverride;
        }
        AuditedCandidate before = c.revision == 0 ? null : AuditedCandidate.of(c);
        String previousComputed = c.computedReadiness;
        c.computedReadiness = computed.code();
        c.targetFit = fit == null ? null : BigDecimal.valueOf(fit).setScale(2, RoundingMode.HALF_UP);
        c.box = box;
        c.rule = rule;
        c.explanation = explanation;
        c.policyVersion = version;
        if (c.revision > 0 && Objects.equals(from, to.code())) {
            if (!Objects.equals(previousComputed, c.computedReadiness)) {
                // Only the computed value moved under a committee override: nothing visible changed, but record it.
                audit.record("RECOMPUTE_READINESS", CANDIDATE, entityId(c), before, AuditedCandidate.of(c), null);
            }
            return 0;
        }
        c.readiness = to.code();
        c.revision++;
        c.changedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        if (!em.contains(c)) {
            em.persist(c);
        }
        history.readiness(HistoryRows.row("key_position_id", c.keyPositionId, "participant_id", c.participantId,
                "position_title", position.title, "revision", c.revision, "from_readiness", from,
                "to_readiness", c.readiness, "target_fit", c.targetFit, "box", c.box, "rule", c.rule,
                "explanation", c.explanation, "policy_version", c.policyVersion, "changed_at", c.changedAt,
                "computed_readiness", c.computedReadiness, "calibrated", c.calibrated()));
        audit.record("CHANGE_READINESS", CANDIDATE, entityId(c), before, AuditedCandidate.of(c), null);
        events.readinessChanged(c, position, from);
        return 1;
    }
}
