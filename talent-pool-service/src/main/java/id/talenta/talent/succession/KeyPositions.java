package id.talenta.talent.succession;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.ParticipantReplica;
import id.talenta.talent.domain.ProfileReplica;
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
    public record Changes(String title, String jobLevel, String unitCode, UUID incumbentParticipantId, boolean vacate,
            String criticality) {}

    @Inject EntityManager em;
    @Inject SuccessionService succession;
    @Inject id.talenta.talent.talent.ParticipantLock locks;

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
            throw ProblemException.conflict("participant " + participantId + " is already nominated for " + keyPositionId);
        }
        if (c == null) {
            c = new Candidate();
            c.keyPositionId = keyPositionId;
            c.participantId = participantId;
            c.readiness = "INELIGIBLE"; // placeholder "not on the list yet": the re-assessment sets the real value
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
        succession.reassessOne(k, participantId, null);
    }

    @Transactional
    public void removeNomination(UUID keyPositionId, UUID participantId) {
        KeyPosition k = find(keyPositionId);
        locks.lock(participantId);
        Candidate c = em.find(Candidate.class, new Candidate.Key(keyPositionId, participantId));
        if (c == null || !c.nominated) {
            throw ProblemException.notFound("Nomination", participantId);
        }
        c.nominated = false;
        c.nominationReason = null;
        c.nominatedBy = null;
        em.flush();
        succession.reassessOne(k, participantId, null);
    }

    private void requireKnown(UUID participantId, String field) {
        if (participantId != null && em.find(ParticipantReplica.class, participantId) == null
                && em.find(ProfileReplica.class, participantId) == null) {
            throw ProblemException.unprocessable(field, "participant " + participantId + " is not known");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
