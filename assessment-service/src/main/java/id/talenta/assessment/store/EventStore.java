package id.talenta.assessment.store;

import id.talenta.assessment.api.EventAssessorResponse;
import id.talenta.assessment.api.ProgressResponse.GroupProgress;
import id.talenta.assessment.domain.AssessmentEvent;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.EventDefinition.Competency;
import id.talenta.assessment.domain.EventDefinition.CompetencyType;
import id.talenta.assessment.domain.EventDefinition.Group;
import id.talenta.assessment.domain.EventDefinitionValidator;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.ReferenceData;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Sql;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Assessment events: their definitions (child tables), assessor assignments, status and progress. */
@ApplicationScoped
public class EventStore {

    @Inject
    Sql sql;

    @Inject
    ReferenceData reference;

    /** One page of events, optionally of one status, with the number of matching events. */
    public record EventPage(List<AssessmentEvent> events, long total) {}

    public EventPage page(EventStatus status, PageRequest page) {
        Sort sort = Sort.by(page.sortField(), page.ascending() ? Sort.Direction.Ascending : Sort.Direction.Descending)
                .and("id");
        var query = status == null
                ? AssessmentEvent.<AssessmentEvent>findAll(sort)
                : AssessmentEvent.<AssessmentEvent>find("status = :status", sort, Map.of("status", status));
        query.page(page.page(), page.size());
        return new EventPage(query.list(), query.count());
    }

    /** Writes the children of a newly persisted event, in the caller's transaction (one statement per table). */
    public void insertDefinition(EventDefinition d) {
        sql.statement("insert into event_method (event_id, method_code) "
                        + "select :eventId, m from unnest(cast(:methods as text[])) as m")
                .bind("eventId", d.id())
                .bind("methods", d.methods())
                .execute();
        if (!d.technicalCompetencies().isEmpty()) {
            sql.statement(
                            "insert into event_technical_competency (event_id, code, name) select :eventId, r.code, r.name "
                                    + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(code text, name text)")
                    .bind("eventId", d.id())
                    .bind(
                            "rows",
                            sql.rows(d.technicalCompetencies().stream()
                                    .map(t -> Map.of("code", t.code(), "name", t.name()))
                                    .toList()))
                    .execute();
        }
        sql.statement("insert into event_matrix_cell (event_id, method_code, competency_code) "
                        + "select :eventId, r.method, r.competency "
                        + "from jsonb_to_recordset(cast(:rows as jsonb)) as r(method text, competency text)")
                .bind("eventId", d.id())
                .bind(
                        "rows",
                        sql.rows(d.matrix().stream()
                                .map(c -> Map.of("method", c.method(), "competency", c.competency()))
                                .toList()))
                .execute();
        for (Group g : d.groups()) {
            sql.statement("insert into participant_group (event_id, code, name, job_levels, capacity) "
                            + "values (:eventId, :code, :name, cast(:jobLevels as text[]), :capacity)")
                    .bind("eventId", d.id())
                    .bind("code", g.code())
                    .bind("name", g.name())
                    .bind("jobLevels", g.jobLevels())
                    .bind("capacity", g.capacity())
                    .execute();
        }
    }

    /** The definition of an event as stored, in the one order of {@link EventDefinitionValidator#normalise}. */
    public Optional<EventDefinition> definition(UUID eventId) {
        var head = sql.statement("select title, start_date from assessment_event where id = :eventId")
                .bind("eventId", eventId)
                .one(r -> r);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> methods = sql.statement("select method_code from event_method where event_id = :eventId")
                .bind("eventId", eventId)
                .list(r -> r.string("method_code"));
        List<Competency> technical = sql.statement("select code, name from event_technical_competency "
                        + "where event_id = :eventId order by code")
                .bind("eventId", eventId)
                .list(r -> new Competency(r.string("code"), r.string("name"), CompetencyType.TECHNICAL));
        List<MatrixCell> cells = sql.statement(
                        "select method_code, competency_code from event_matrix_cell " + "where event_id = :eventId")
                .bind("eventId", eventId)
                .list(r -> new MatrixCell(r.string("method_code"), r.string("competency_code")));
        List<Group> groups = sql.statement("select code, name, job_levels, capacity from participant_group "
                        + "where event_id = :eventId order by code")
                .bind("eventId", eventId)
                .list(r ->
                        new Group(r.string("code"), r.string("name"), r.strings("job_levels"), r.integer("capacity")));
        return Optional.of(EventDefinitionValidator.normalise(
                eventId,
                head.get().string("title"),
                head.get().date("start_date"),
                methods,
                technical,
                cells,
                groups,
                reference));
    }

    /** The event's status, its row locked until the transaction ends (serialises enrollments of one event). */
    public Optional<EventStatus> lockStatus(UUID eventId) {
        return sql.statement("select status from assessment_event where id = :eventId for update")
                .bind("eventId", eventId)
                .one(r -> EventStatus.valueOf(r.string("status")));
    }

    public Optional<EventStatus> status(UUID eventId) {
        return sql.statement("select status from assessment_event where id = :eventId")
                .bind("eventId", eventId)
                .one(r -> EventStatus.valueOf(r.string("status")));
    }

    /** Assigns the assessor; false when already assigned. */
    public boolean assign(UUID eventId, UUID assessorId, boolean lead) {
        return sql.statement("insert into event_assessor (event_id, assessor_id, lead) "
                                + "values (:eventId, :assessorId, :lead) on conflict do nothing")
                        .bind("eventId", eventId)
                        .bind("assessorId", assessorId)
                        .bind("lead", lead)
                        .execute()
                == 1;
    }

    /** The event's assessors, leads first, then by name. */
    public List<EventAssessorResponse> assignments(UUID eventId) {
        return sql.statement(ASSIGNMENTS + "where ea.event_id = :eventId order by ea.lead desc, a.name, a.id")
                .bind("eventId", eventId)
                .list(r -> assignment(eventId, r));
    }

    public Optional<EventAssessorResponse> assignment(UUID eventId, UUID assessorId) {
        return sql.statement(ASSIGNMENTS + "where ea.event_id = :eventId and ea.assessor_id = :assessorId")
                .bind("eventId", eventId)
                .bind("assessorId", assessorId)
                .one(r -> assignment(eventId, r));
    }

    private static final String ASSIGNMENTS = "select a.id, a.name, a.certificate_number, a.institution, ea.lead, "
            + "ea.assigned_at from event_assessor ea join assessor a on a.id = ea.assessor_id ";

    private static EventAssessorResponse assignment(UUID eventId, id.talenta.chassis.store.Row r) {
        return new EventAssessorResponse(
                eventId,
                r.uuid("id"),
                r.string("name"),
                r.string("certificate_number"),
                r.string("institution"),
                r.bool("lead"),
                r.instant("assigned_at"));
    }

    /**
     * Per group: capacity, enrolled, rated (at least one rating), fully rated (every one of the {@code cells}
     * matrix cells rated) and finalized participants.
     */
    public List<GroupProgress> progress(UUID eventId, int cells) {
        return sql.statement("select g.code, g.name, g.capacity, count(en.participant_id) as enrolled, "
                        + "count(en.participant_id) filter (where rc.cells > 0) as rated, "
                        + "count(en.participant_id) filter (where rc.cells = :cells) as fully_rated, "
                        + "count(res.id) as finalized "
                        + "from participant_group g "
                        + "left join enrollment en on en.event_id = g.event_id and en.group_code = g.code "
                        + "left join lateral (select count(*) as cells from (select distinct r.method_code, "
                        + "  r.competency_code from rating r where r.event_id = en.event_id "
                        + "  and r.participant_id = en.participant_id) x) rc on true "
                        + "left join assessment_result res on res.event_id = en.event_id "
                        + "  and res.participant_id = en.participant_id "
                        + "where g.event_id = :eventId group by g.code, g.name, g.capacity order by g.code")
                .bind("eventId", eventId)
                .bind("cells", cells)
                .list(r -> new GroupProgress(
                        r.string("code"),
                        r.string("name"),
                        r.count("capacity"),
                        r.count("enrolled"),
                        r.count("rated"),
                        r.count("fully_rated"),
                        r.count("finalized")));
    }
}
