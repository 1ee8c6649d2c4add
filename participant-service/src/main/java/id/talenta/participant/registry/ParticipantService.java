package id.talenta.participant.registry;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.participant.domain.FieldIssue;
import id.talenta.participant.domain.Participant;
import id.talenta.participant.domain.ParticipantDraft;
import id.talenta.participant.domain.ParticipantHistory;
import id.talenta.participant.domain.ParticipantRules;
import id.talenta.participant.domain.ParticipantState;
import id.talenta.participant.domain.ParticipantStatus;
import id.talenta.participant.domain.Unit;
import id.talenta.participant.events.ParticipantEvents;
import id.talenta.participant.events.ParticipantPayload;
import id.talenta.participant.reference.ReferenceData;
import id.talenta.participant.store.ParticipantSearch;
import id.talenta.participant.store.ParticipantStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Registers, changes and deactivates participants; every real change is versioned, historised and published. */
@ApplicationScoped
public class ParticipantService {

    @Inject
    EntityManager em;

    @Inject
    ParticipantStore store;

    @Inject
    ParticipantSearch search;

    @Inject
    ReferenceData reference;

    @Inject
    ParticipantEvents events;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public Optional<Participant> find(UUID id) {
        return Optional.ofNullable(em.find(Participant.class, id));
    }

    public Optional<Participant> findByNip(String nip) {
        return store.findByNip(nip);
    }

    public Page<Participant> search(ParticipantSearch.Criteria criteria, PageRequest page) {
        return search.search(criteria, page);
    }

    @Transactional
    public Participant register(ParticipantDraft draft, String actor) {
        ParticipantDraft d = draft.normalized();
        ParticipantRules.Outcome outcome = ParticipantRules.derive(d, null, TimeOrderedUuid.next(), reference, clock);
        rejectInvalid(outcome.issues());
        requireUnit(d.unitCode());
        if (findByNip(d.nip()).isPresent()) {
            throw ProblemException.conflict("A participant with NIP " + d.nip() + " is already registered");
        }
        Participant p = new Participant();
        p.apply(outcome.state());
        em.persist(p);
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // A concurrent registration of the same NIP won the race; the unique constraint decided.
            throw ProblemException.conflict("A participant with NIP " + d.nip() + " is already registered");
        }
        record(p.state(), "REGISTERED", List.of(), actor, null, "API");
        audit.record(AuditAction.CREATE, Participant.AUDIT_TYPE, p.id, null, p.state(), null);
        events.publish(ParticipantPayload.REGISTERED, p.state(), List.of());
        return p;
    }

    /** Applies a partial change; a change that changes nothing keeps the version and publishes nothing. */
    @Transactional
    public Participant change(UUID id, String ifMatch, UnaryOperator<ParticipantDraft> patch, String actor) {
        Participant p = lock(id);
        ETags.requireMatch(ifMatch, p.version);
        ParticipantState before = p.state();
        ParticipantDraft d = patch.apply(before.draft()).normalized();
        ParticipantRules.Outcome outcome = ParticipantRules.derive(d, before, null, reference, clock);
        rejectInvalid(outcome.issues());
        if (!d.unitCode().equals(before.unitCode())) {
            requireUnit(d.unitCode());
        }
        List<String> changed = before.changedFields(outcome.state());
        if (changed.isEmpty()) {
            return p;
        }
        ParticipantState after = outcome.state().withVersion(before.version() + 1);
        p.apply(after);
        record(after, "UPDATED", changed, actor, null, "API");
        audit.record(AuditAction.UPDATE, Participant.AUDIT_TYPE, p.id, before, after, null);
        events.publish(ParticipantPayload.UPDATED, after, changed);
        return p;
    }

    @Transactional
    public Participant deactivate(UUID id, String ifMatch, String reason, String actor) {
        Participant p = lock(id);
        ETags.requireMatch(ifMatch, p.version);
        if (ParticipantStatus.INACTIVE.name().equals(p.status)) {
            throw ProblemException.conflict("Participant " + id + " is already inactive");
        }
        ParticipantState before = p.state();
        ParticipantState after = before.deactivated(reason).withVersion(before.version() + 1);
        List<String> changed = before.changedFields(after);
        p.apply(after);
        record(after, "DEACTIVATED", changed, actor, reason, "API");
        audit.record(AuditAction.DEACTIVATE, Participant.AUDIT_TYPE, p.id, before, after, reason);
        events.publish(ParticipantPayload.DEACTIVATED, after, changed);
        return p;
    }

    public List<ParticipantHistory> history(UUID id) {
        return store.history(id);
    }

    private Participant lock(UUID id) {
        Participant p = em.find(Participant.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ProblemException.notFound("Participant", id);
        }
        return p;
    }

    private void requireUnit(String code) {
        if (em.find(Unit.class, code) == null) {
            throw ProblemException.unprocessable("unitCode", "unit " + code + " does not exist");
        }
    }

    private void record(
            ParticipantState s, String type, List<String> changed, String actor, String reason, String source) {
        ParticipantHistory h = new ParticipantHistory();
        h.participantId = s.id();
        h.revision = s.version();
        h.changeType = type;
        h.changedFields = changed.toArray(String[]::new);
        h.actor = actor;
        h.reason = reason;
        h.source = source;
        em.persist(h);
    }

    static void rejectInvalid(List<FieldIssue> issues) {
        if (!issues.isEmpty()) {
            throw ProblemException.badRequest(issues.stream()
                    .map(i -> new Problem.FieldError(i.field(), i.message()))
                    .toList());
        }
    }
}
