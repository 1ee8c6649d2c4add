package id.talenta.talent.succession;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Readiness;
import id.talenta.talent.policy.PolicyService;
import id.talenta.talent.store.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Key positions and committee nominations; every change re-assesses exactly the affected candidacies. */
@ApplicationScoped
public class KeyPositions {

    /** A partial update: null = unchanged; {@code vacate} clears the incumbent. */
    public record Changes(
            String title,
            String jobLevel,
            String unitCode,
            UUID incumbentParticipantId,
            boolean vacate,
            String criticality) {}

    @Inject
    EntityManager em;

    @Inject
    SuccessionService succession;

    @Inject
    id.talenta.chassis.locks.ParticipantLock locks;

    @Inject
    AuditTrail audit;

    @Inject
    PolicyService policies;

    @Inject
    People people;

    /** Audit entity type of a key position. */
    public static final String KEY_POSITION = "key-position";

    /** The audited state of a key position. */
    public record AuditedKeyPosition(
            String title,
            String jobLevel,
            String unitCode,
            UUID incumbentParticipantId,
            String criticality,
            int version) {
        static AuditedKeyPosition of(KeyPosition k) {
            return new AuditedKeyPosition(
                    k.title, k.jobLevel, k.unitCode, k.incumbentParticipantId, k.criticality, k.version);
        }
    }

    @Transactional
    public KeyPosition create(String title, String jobLevel, String unitCode, UUID incumbent, String criticality) {
        requireKnown(incumbent, "incumbentParticipantId");
        KeyPosition k = new KeyPosition();
        k.id = TimeOrderedUuid.next();
        k.title = title.trim();
        k.jobLevel = jobLevel;
        k.unitCode = unitCode.trim();
        k.incumbentParticipantId = incumbent;
        k.criticality = criticality;
        k.createdAt = now();
        k.updatedAt = k.createdAt;
        em.persist(k);
        em.flush();
        audit.record(AuditAction.CREATE, KEY_POSITION, k.id, null, AuditedKeyPosition.of(k), null);
        succession.reassessPosition(k);
        return k;
    }

    @Transactional
    public KeyPosition find(UUID id) {
        KeyPosition k = em.find(KeyPosition.class, id);
        if (k == null) {
            throw ProblemException.notFound("Key position", id);
        }
        return k;
    }

    @Transactional
    public KeyPosition update(UUID id, String ifMatch, Changes c) {
        KeyPosition k = find(id);
        ETags.requireMatch(ifMatch, k.version);
        AuditedKeyPosition before = AuditedKeyPosition.of(k);
        if (c.title() != null) {
            k.title = c.title().trim();
        }
        if (c.jobLevel() != null) {
            k.jobLevel = c.jobLevel();
        }
        if (c.unitCode() != null) {
            k.unitCode = c.unitCode().trim();
        }
        if (c.vacate()) {
            k.incumbentParticipantId = null;
        } else if (c.incumbentParticipantId() != null) {
            requireKnown(c.incumbentParticipantId(), "incumbentParticipantId");
            k.incumbentParticipantId = c.incumbentParticipantId();
        }
        if (c.criticality() != null) {
            k.criticality = c.criticality();
        }
        k.updatedAt = now();
        em.flush();
        audit.record(AuditAction.UPDATE, KEY_POSITION, k.id, before, AuditedKeyPosition.of(k), null);
        succession.reassessPosition(k);
        return k;
    }

    @Transactional
    public void nominate(UUID keyPositionId, UUID participantId, String reason, String actor) {
        KeyPosition k = find(keyPositionId);
        requireKnown(participantId, "participantId");
        locks.lock(participantId);
        Candidate c = em.find(Candidate.class, new Candidate.Key(keyPositionId, participantId));
        if (c != null && c.nominated) {
            throw ProblemException.conflict(
                    "participant " + participantId + " is already nominated for " + keyPositionId);
        }
        SuccessionService.AuditedCandidate before =
                c == null || c.revision == 0 ? null : SuccessionService.AuditedCandidate.of(c);
        if (c == null) {
            c = new Candidate();
            c.keyPositionId = keyPositionId;
            c.participantId = participantId;
            c.readiness = "INELIGIBLE"; // placeholder "not on the list yet": the re-assessment sets the real value
            c.computedReadiness = "INELIGIBLE";
            c.rule = "NOMINATED";
            c.explanation = "nominated";
            c.revision = 0;
            c.changedAt = now();
            em.persist(c);
        }
        c.nominated = true;
        c.nominationReason = reason.trim();
        c.nominatedBy = actor;
        em.flush();
        audit.record(
                AuditAction.NOMINATE,
                SuccessionService.NOMINATION,
                SuccessionService.entityId(c),
                before,
                SuccessionService.AuditedCandidate.of(c),
                c.nominationReason);
        succession.reassessOne(k, participantId, null);
    }

    @Transactional
    public void removeNomination(UUID keyPositionId, UUID participantId, String reason) {
        KeyPosition k = find(keyPositionId);
        locks.lock(participantId);
        Candidate c = em.find(Candidate.class, new Candidate.Key(keyPositionId, participantId));
        if (c == null || !c.nominated) {
            throw ProblemException.notFound("Nomination", participantId);
        }
        SuccessionService.AuditedCandidate before = SuccessionService.AuditedCandidate.of(c);
        c.nominated = false;
        c.nominationReason = null;
        c.nominatedBy = null;
        em.flush();
        audit.record(
                AuditAction.REMOVE,
                SuccessionService.NOMINATION,
                SuccessionService.entityId(c),
                before,
                SuccessionService.AuditedCandidate.of(c),
                reason);
        succession.reassessOne(k, participantId, null);
    }

    /**
     * The talent committee sets the readiness of one candidate for one position, with a reason. The computed
     * readiness is kept beside it, recomputations keep the override, and the effective readiness is published.
     */
    @Transactional
    public void overrideReadiness(
            UUID keyPositionId, UUID participantId, String readiness, String reason, String actor) {
        var policy = policies.current().readiness().policy();
        if (!policy.isLevel(readiness)) {
            throw ProblemException.badRequest(
                    "readiness", "must be one of the readiness policy's levels " + policy.levelCodes());
        }
        KeyPosition k = find(keyPositionId);
        locks.lock(participantId);
        Candidate c = em.find(Candidate.class, new Candidate.Key(keyPositionId, participantId));
        if (c == null || c.revision == 0) {
            throw ProblemException.notFound("Candidate", participantId);
        }
        if (Readiness.INELIGIBLE.code().equals(c.readiness)) {
            throw ProblemException.conflict("participant " + participantId + " is not on the candidate list of "
                    + keyPositionId + " (" + c.rule + "); an override never overrides eligibility");
        }
        SuccessionService.AuditedCandidate before = SuccessionService.AuditedCandidate.of(c);
        c.overrideReadiness = readiness;
        c.overrideReason = reason.trim();
        c.overrideBy = actor;
        c.overrideAt = now();
        em.flush();
        audit.record(
                AuditAction.CALIBRATE,
                SuccessionService.READINESS,
                SuccessionService.entityId(c),
                before,
                SuccessionService.AuditedCandidate.of(c),
                c.overrideReason);
        succession.reassessOne(k, participantId, null);
    }

    /** Withdraws the committee's readiness override; the computed readiness counts again. */
    @Transactional
    public void clearReadinessOverride(UUID keyPositionId, UUID participantId, String reason) {
        KeyPosition k = find(keyPositionId);
        locks.lock(participantId);
        Candidate c = em.find(Candidate.class, new Candidate.Key(keyPositionId, participantId));
        if (c == null || c.overrideReadiness == null) {
            throw ProblemException.notFound("Readiness override", participantId);
        }
        SuccessionService.AuditedCandidate before = SuccessionService.AuditedCandidate.of(c);
        c.overrideReadiness = null;
        c.overrideReason = null;
        c.overrideBy = null;
        c.overrideAt = null;
        em.flush();
        audit.record(
                AuditAction.WITHDRAW,
                SuccessionService.READINESS,
                SuccessionService.entityId(c),
                before,
                SuccessionService.AuditedCandidate.of(c),
                reason);
        succession.reassessOne(k, participantId, null);
    }

    private void requireKnown(UUID participantId, String field) {
        if (participantId != null && people.find(participantId).isEmpty()) {
            throw ProblemException.unprocessable(field, "participant " + participantId + " is not known");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
