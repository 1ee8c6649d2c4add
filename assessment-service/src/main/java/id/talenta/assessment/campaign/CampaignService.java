package id.talenta.assessment.campaign;

import id.talenta.assessment.api.AssessorRequest;
import id.talenta.assessment.api.AssessorResponse;
import id.talenta.assessment.api.AssignAssessorRequest;
import id.talenta.assessment.api.CreateEventRequest;
import id.talenta.assessment.api.EventAssessorResponse;
import id.talenta.assessment.api.EventResponse;
import id.talenta.assessment.domain.AssessmentEvent;
import id.talenta.assessment.domain.Assessor;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.EventDefinition.Competency;
import id.talenta.assessment.domain.EventDefinition.CompetencyType;
import id.talenta.assessment.domain.EventDefinition.Group;
import id.talenta.assessment.domain.EventDefinitionValidator;
import id.talenta.assessment.domain.EventDefinitionValidator.MatrixRow;
import id.talenta.assessment.domain.EventDefinitionValidator.Outcome;
import id.talenta.assessment.domain.EventDefinitionValidator.Plan;
import id.talenta.assessment.domain.EventLifecycle;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.assessment.store.AssessorStore;
import id.talenta.assessment.store.EventStore;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Plans assessment events, moves them through their lifecycle, and manages assessors and their assignments. */
@ApplicationScoped
public class CampaignService {

    @Inject
    ReferenceData reference;

    @Inject
    EventDefinitions definitions;

    @Inject
    EventStore events;

    @Inject
    AssessorStore assessors;

    @Inject
    AuditTrail audit;

    @Transactional
    public EventResponse create(CreateEventRequest r) {
        UUID id = TimeOrderedUuid.next();
        Outcome planned = EventDefinitionValidator.validate(id, r.title().trim(), plan(r), reference);
        if (!planned.valid()) {
            throw ProblemException.badRequest(planned.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message()))
                    .toList());
        }
        AssessmentEvent e = new AssessmentEvent();
        e.id = id;
        e.title = r.title().trim();
        e.organizer = r.organizer().trim();
        e.assessorInstitution = r.assessorInstitution();
        e.venue = r.venue();
        e.startDate = r.startDate();
        e.endDate = r.endDate();
        e.status = EventStatus.PLANNED;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        e.persistAndFlush();
        events.insertDefinition(planned.definition());
        EventResponse created = toResponse(e, planned.definition());
        audit.record(AuditAction.CREATE, "assessment-event", e.id, null, created, null);
        return created;
    }

    private static Plan plan(CreateEventRequest r) {
        return new Plan(
                r.startDate(),
                r.endDate(),
                r.methods(),
                r.technicalCompetencies() == null
                        ? List.of()
                        : r.technicalCompetencies().stream()
                                .map(t -> new Competency(t.code(), t.name(), CompetencyType.TECHNICAL))
                                .toList(),
                r.matrix() == null
                        ? List.of()
                        : r.matrix().stream()
                                .map(m -> new MatrixRow(m.method(), m.competencies()))
                                .toList(),
                r.groups().stream()
                        .map(g -> new Group(g.code(), g.name(), g.jobLevels(), g.capacity()))
                        .toList());
    }

    public EventResponse get(UUID id) {
        AssessmentEvent e = AssessmentEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Assessment event", id);
        }
        return toResponse(e, definitions.find(id).orElseThrow());
    }

    public Page<EventResponse> list(String status, PageRequest page) {
        EventStore.EventPage found = events.page(status == null || status.isBlank() ? null : parseStatus(status), page);
        return Page.of(
                found.events().stream()
                        .map(e -> toResponse(e, definitions.find(e.id).orElseThrow()))
                        .toList(),
                page,
                found.total());
    }

    @Transactional
    public EventResponse transition(UUID id, EventLifecycle.Action action, String ifMatch) {
        AssessmentEvent e = AssessmentEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Assessment event", id);
        }
        ETags.requireMatch(ifMatch, e.version);
        EventStatus next = EventLifecycle.next(e.status, action)
                .orElseThrow(() -> ProblemException.conflict(
                        "cannot " + action.name().toLowerCase() + " an event that is " + e.status
                                + " (PLANNED → IN_PROGRESS → COMPLETED; CANCELLED from PLANNED or IN_PROGRESS)"));
        Map<String, Object> before = Map.of("status", e.status.name(), "version", e.version);
        e.status = next;
        e.updatedAt = Instant.now();
        AssessmentEvent.flush();
        audit.record(
                AuditAction.valueOf(action.name()),
                "assessment-event",
                id,
                before,
                Map.of("status", e.status.name(), "version", e.version),
                null);
        return toResponse(e, definitions.find(id).orElseThrow());
    }

    @Transactional
    public AssessorResponse createAssessor(AssessorRequest r) {
        String certificate =
                r.certificateNumber() == null || r.certificateNumber().isBlank()
                        ? null
                        : r.certificateNumber().trim();
        if (certificate != null && assessors.certificateTaken(certificate)) {
            throw ProblemException.conflict("an assessor with certificate number " + certificate + " exists");
        }
        Assessor a = new Assessor();
        a.id = TimeOrderedUuid.next();
        a.name = r.name().trim();
        a.certificateNumber = certificate;
        a.institution = r.institution();
        a.createdAt = Instant.now();
        a.persist();
        AssessorResponse created = toResponse(a);
        audit.record(AuditAction.CREATE, "assessor", a.id, null, created, null);
        return created;
    }

    public AssessorResponse getAssessor(UUID id) {
        Assessor a = Assessor.findById(id);
        if (a == null) {
            throw ProblemException.notFound("Assessor", id);
        }
        return toResponse(a);
    }

    public Page<AssessorResponse> listAssessors(String q, PageRequest page) {
        AssessorStore.AssessorPage found = assessors.page(q, page);
        return Page.of(
                found.assessors().stream().map(CampaignService::toResponse).toList(), page, found.total());
    }

    @Transactional
    public EventAssessorResponse assign(UUID eventId, AssignAssessorRequest r) {
        AssessmentEvent e = AssessmentEvent.findById(eventId);
        if (e == null) {
            throw ProblemException.notFound("Assessment event", eventId);
        }
        Assessor a = Assessor.findById(r.assessorId());
        if (a == null) {
            throw ProblemException.unprocessable("assessorId", "assessor " + r.assessorId() + " does not exist");
        }
        if (e.status == EventStatus.COMPLETED || e.status == EventStatus.CANCELLED) {
            throw ProblemException.conflict(
                    "event " + eventId + " is " + e.status + "; assessors can no longer be assigned");
        }
        if (!events.assign(eventId, a.id, Boolean.TRUE.equals(r.lead()))) {
            throw ProblemException.conflict("assessor " + a.id + " is already assigned to event " + eventId);
        }
        EventAssessorResponse assigned = events.assignment(eventId, a.id).orElseThrow();
        audit.record(
                AuditAction.ASSIGN,
                "event-assessor",
                eventId + "/" + a.id,
                null,
                Map.of("eventId", eventId, "assessorId", a.id, "lead", assigned.lead()),
                null);
        return assigned;
    }

    public List<EventAssessorResponse> assignments(UUID eventId) {
        if (AssessmentEvent.findById(eventId) == null) {
            throw ProblemException.notFound("Assessment event", eventId);
        }
        return events.assignments(eventId);
    }

    public Optional<EventAssessorResponse> assignment(UUID eventId, UUID assessorId) {
        return events.assignment(eventId, assessorId);
    }

    public static EventStatus parseStatus(String raw) {
        try {
            return EventStatus.valueOf(raw.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("status", "must be one of PLANNED, IN_PROGRESS, COMPLETED, CANCELLED");
        }
    }

    static AssessorResponse toResponse(Assessor a) {
        return new AssessorResponse(a.id, a.name, a.certificateNumber, a.institution, a.version, a.createdAt);
    }

    static EventResponse toResponse(AssessmentEvent e, EventDefinition d) {
        List<EventResponse.MatrixRow> rows = d.methods().stream()
                .map(m -> new EventResponse.MatrixRow(m, List.copyOf(d.competenciesOf(m))))
                .toList();
        return new EventResponse(
                e.id,
                e.title,
                e.organizer,
                e.assessorInstitution,
                e.venue,
                e.startDate,
                e.endDate,
                e.status.name(),
                d.methods(),
                rows,
                d.competencies().stream()
                        .map(c -> new EventResponse.Competency(
                                c.code(), c.name(), c.type().name()))
                        .toList(),
                d.technicalCompetencies().stream()
                        .map(c -> new EventResponse.Competency(
                                c.code(), c.name(), c.type().name()))
                        .toList(),
                d.groups().stream()
                        .map(g -> new EventResponse.Group(g.code(), g.name(), g.jobLevels(), g.capacity()))
                        .toList(),
                e.version,
                e.createdAt,
                e.updatedAt);
    }
}
