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
import id.talenta.assessment.domain.EventLifecycle;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem.FieldError;
import id.talenta.chassis.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Plans assessment events, moves them through their lifecycle, and manages assessors and their assignments. */
@ApplicationScoped
public class CampaignService {

    @Inject EntityManager em;
    @Inject ReferenceData reference;
    @Inject EventDefinitions definitions;
    @Inject AuditTrail audit;

    @Transactional
    public EventResponse create(CreateEventRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.endDate() != null && r.endDate().isBefore(r.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        Set<String> methods = new HashSet<>();
        for (int i = 0; i < r.methods().size(); i++) {
            String m = r.methods().get(i);
            if (!reference.isMethod(m)) {
                errors.add(new FieldError("methods[" + i + "]", "unknown method " + m + "; known: "
                        + String.join(", ", reference.methods().keySet())));
            } else if (!methods.add(m)) {
                errors.add(new FieldError("methods[" + i + "]", "method " + m + " is listed twice"));
            }
        }
        Map<String, Competency> technical = new LinkedHashMap<>();
        List<CreateEventRequest.TechnicalCompetency> declared = r.technicalCompetencies() == null ? List.of()
                : r.technicalCompetencies();
        for (int i = 0; i < declared.size(); i++) {
            var t = declared.get(i);
            if (reference.isStandardCompetency(t.code())) {
                errors.add(new FieldError("technicalCompetencies[" + i + "].code", t.code()
                        + " is a standard competency"));
            } else if (technical.put(t.code(), new Competency(t.code(), t.name(), CompetencyType.TECHNICAL)) != null) {
                errors.add(new FieldError("technicalCompetencies[" + i + "].code", t.code() + " is declared twice"));
            }
        }
        List<MatrixCell> cells = new ArrayList<>();
        if (r.matrix() == null || r.matrix().isEmpty()) {
            // Default: every method measures the nine standard competencies.
            for (String m : methods) {
                reference.competencies().keySet().forEach(c -> cells.add(new MatrixCell(m, c)));
            }
        } else {
            Set<String> rowMethods = new HashSet<>();
            for (int i = 0; i < r.matrix().size(); i++) {
                var row = r.matrix().get(i);
                if (!methods.contains(row.method())) {
                    errors.add(new FieldError("matrix[" + i + "].method", "method " + row.method()
                            + " is not one of the event's methods"));
                } else if (!rowMethods.add(row.method())) {
                    errors.add(new FieldError("matrix[" + i + "].method", "method " + row.method() + " has two rows"));
                }
                for (int j = 0; j < row.competencies().size(); j++) {
                    String c = row.competencies().get(j);
                    if (!reference.isStandardCompetency(c) && !technical.containsKey(c)) {
                        errors.add(new FieldError("matrix[" + i + "].competencies[" + j + "]", "unknown competency "
                                + c + "; use a standard code or declare it in technicalCompetencies"));
                    } else {
                        cells.add(new MatrixCell(row.method(), c));
                    }
                }
            }
            for (String m : methods) {
                if (!rowMethods.contains(m)) {
                    errors.add(new FieldError("matrix", "method " + m + " measures no competency"));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        Set<String> groupCodes = new HashSet<>();
        for (int i = 0; i < r.groups().size(); i++) {
            var g = r.groups().get(i);
            if (!groupCodes.add(g.code())) {
                errors.add(new FieldError("groups[" + i + "].code", "group " + g.code() + " is listed twice"));
            }
            for (int j = 0; j < g.jobLevels().size(); j++) {
                if (!reference.isJobLevel(g.jobLevels().get(j))) {
                    errors.add(new FieldError("groups[" + i + "].jobLevels[" + j + "]", "unknown job level "
                            + g.jobLevels().get(j)));
                }
            }
            groups.add(new Group(g.code(), g.name(), g.jobLevels().stream().distinct().toList(), g.capacity()));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        AssessmentEvent e = new AssessmentEvent();
        e.id = TimeOrderedUuid.next();
        e.title = r.title().trim();
        e.organizer = r.organizer().trim();
        e.assessorInstitution = r.assessorInstitution();
        e.venue = r.venue();
        e.startDate = r.startDate();
        e.endDate = r.endDate();
        e.status = EventStatus.PLANNED;
        e.createdAt = Instant.now();
        e.updatedAt = e.createdAt;
        e.persist();
        em.flush();
        EventDefinition d = definitions.normalise(e.id, e.title, e.startDate, List.copyOf(methods),
                List.copyOf(technical.values()), cells, groups);
        definitions.insert(d);
        EventResponse created = toResponse(e, d);
        audit.record("CREATE", "assessment-event", e.id, null, created, null);
        return created;
    }

    public EventResponse get(UUID id) {
        AssessmentEvent e = AssessmentEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Assessment event", id);
        }
        return toResponse(e, definitions.find(id).orElseThrow());
    }

    public Page<EventResponse> list(String status, PageRequest page) {
        String query = "";
        Map<String, Object> params = new LinkedHashMap<>();
        if (status != null && !status.isBlank()) {
            query = "status = :status";
            params.put("status", parseStatus(status));
        }
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var q = AssessmentEvent.<AssessmentEvent>find(query, sort, params).page(page.page(), page.size());
        List<EventResponse> items = q.list().stream()
                .map(e -> toResponse(e, definitions.find(e.id).orElseThrow())).toList();
        return Page.of(items, page, q.count());
    }

    @Transactional
    public EventResponse transition(UUID id, EventLifecycle.Action action, String ifMatch) {
        AssessmentEvent e = AssessmentEvent.findById(id);
        if (e == null) {
            throw ProblemException.notFound("Assessment event", id);
        }
        ETags.requireMatch(ifMatch, e.version);
        EventStatus next = EventLifecycle.next(e.status, action).orElseThrow(() -> ProblemException.conflict(
                "cannot " + action.name().toLowerCase() + " an event that is " + e.status
                        + " (PLANNED → IN_PROGRESS → COMPLETED; CANCELLED from PLANNED or IN_PROGRESS)"));
        Map<String, Object> before = Map.of("status", e.status.name(), "version", e.version);
        e.status = next;
        e.updatedAt = Instant.now();
        em.flush();
        audit.record(action.name(), "assessment-event", id, before,
                Map.of("status", e.status.name(), "version", e.version), null);
        return toResponse(e, definitions.find(id).orElseThrow());
    }

    @Transactional
    public AssessorResponse createAssessor(AssessorRequest r) {
        String certificate = r.certificateNumber() == null || r.certificateNumber().isBlank() ? null
                : r.certificateNumber().trim();
        if (certificate != null && Assessor.count("certificateNumber", certificate) > 0) {
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
        audit.record("CREATE", "assessor", a.id, null, created, null);
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
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var query = q == null || q.isBlank() ? Assessor.<Assessor>findAll(sort)
                : Assessor.<Assessor>find("lower(name) like ?1 escape '!'", sort, "%" + likeLiteral(q.trim().toLowerCase()) + "%");
        query.page(page.page(), page.size());
        return Page.of(query.list().stream().map(CampaignService::toResponse).toList(), page, query.count());
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
            throw ProblemException.conflict("event " + eventId + " is " + e.status + "; assessors can no longer be assigned");
        }
        int inserted = em.createNativeQuery("insert into event_assessor (event_id, assessor_id, lead) values (?1, ?2, ?3) "
                        + "on conflict do nothing")
                .setParameter(1, eventId).setParameter(2, a.id).setParameter(3, Boolean.TRUE.equals(r.lead()))
                .executeUpdate();
        if (inserted == 0) {
            throw ProblemException.conflict("assessor " + a.id + " is already assigned to event " + eventId);
        }
        EventAssessorResponse assigned = assignment(eventId, a.id).orElseThrow();
        audit.record("ASSIGN", "event-assessor", eventId + "/" + a.id, null,
                Map.of("eventId", eventId, "assessorId", a.id, "lead", assigned.lead()), null);
        return assigned;
    }

    public List<EventAssessorResponse> assignments(UUID eventId) {
        if (AssessmentEvent.findById(eventId) == null) {
            throw ProblemException.notFound("Assessment event", eventId);
        }
        return query(eventId, null);
    }

    public java.util.Optional<EventAssessorResponse> assignment(UUID eventId, UUID assessorId) {
        return query(eventId, assessorId).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<EventAssessorResponse> query(UUID eventId, UUID assessorId) {
        List<Object[]> rows = em.createNativeQuery("select a.id, a.name, a.certificate_number, a.institution, ea.lead, "
                        + "ea.assigned_at from event_assessor ea join assessor a on a.id = ea.assessor_id "
                        + "where ea.event_id = ?1 and (cast(?2 as uuid) is null or ea.assessor_id = cast(?2 as uuid)) "
                        + "order by ea.lead desc, a.name, a.id")
                .setParameter(1, eventId).setParameter(2, assessorId == null ? null : assessorId.toString())
                .getResultList();
        return rows.stream().map(x -> new EventAssessorResponse(eventId, Rows.uuid(x[0]), (String) x[1], (String) x[2],
                (String) x[3], (Boolean) x[4], Rows.instant(x[5]))).toList();
    }

    /** The search text matched literally: LIKE wildcards in it are escaped. */
    static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
                .map(m -> new EventResponse.MatrixRow(m, List.copyOf(d.competenciesOf(m)))).toList();
        return new EventResponse(e.id, e.title, e.organizer, e.assessorInstitution, e.venue, e.startDate, e.endDate,
                e.status.name(), d.methods(), rows,
                d.competencies().stream().map(c -> new EventResponse.Competency(c.code(), c.name(), c.type().name())).toList(),
                d.technicalCompetencies().stream().map(c -> new EventResponse.Competency(c.code(), c.name(), c.type().name())).toList(),
                d.groups().stream().map(g -> new EventResponse.Group(g.code(), g.name(), g.jobLevels(), g.capacity())).toList(),
                e.version, e.createdAt, e.updatedAt);
    }
}
