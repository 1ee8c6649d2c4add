package id.talenta.assessment.campaign;

import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.EventDefinition.Competency;
import id.talenta.assessment.domain.EventDefinition.CompetencyType;
import id.talenta.assessment.domain.EventDefinition.Group;
import id.talenta.assessment.domain.MatrixCell;
import id.talenta.assessment.domain.ReferenceData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads and writes event definitions (methods, technical competencies, matrix, groups). A definition never
 * changes after creation, so it is cached per instance; the hot paths (rating, finalizing) then read only the
 * event's status from the database.
 */
@ApplicationScoped
public class EventDefinitions {

    private static final int CACHE_LIMIT = 10_000;

    private final Map<UUID, EventDefinition> cache = new ConcurrentHashMap<>();

    @Inject EntityManager em;
    @Inject ReferenceData reference;

    public Optional<EventDefinition> find(UUID eventId) {
        EventDefinition cached = cache.get(eventId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<EventDefinition> loaded = load(eventId);
        loaded.ifPresent(d -> {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(eventId, d);
        });
        return loaded;
    }

    /** Writes the children of a newly persisted event, in the caller's transaction. */
    public void insert(EventDefinition d) {
        for (String method : d.methods()) {
            em.createNativeQuery("insert into event_method (event_id, method_code) values (?1, ?2)")
                    .setParameter(1, d.id()).setParameter(2, method).executeUpdate();
        }
        for (Competency t : d.technicalCompetencies()) {
            em.createNativeQuery("insert into event_technical_competency (event_id, code, name) values (?1, ?2, ?3)")
                    .setParameter(1, d.id()).setParameter(2, t.code()).setParameter(3, t.name()).executeUpdate();
        }
        for (MatrixCell cell : d.matrix()) {
            em.createNativeQuery("insert into event_matrix_cell (event_id, method_code, competency_code) values (?1, ?2, ?3)")
                    .setParameter(1, d.id()).setParameter(2, cell.method()).setParameter(3, cell.competency())
                    .executeUpdate();
        }
        for (Group g : d.groups()) {
            em.createNativeQuery("insert into participant_group (event_id, code, name, job_levels, capacity) "
                            + "values (?1, ?2, ?3, string_to_array(?4, ','), ?5)")
                    .setParameter(1, d.id()).setParameter(2, g.code()).setParameter(3, g.name())
                    .setParameter(4, String.join(",", g.jobLevels())).setParameter(5, g.capacity())
                    .executeUpdate();
        }
    }

    /** Orders competencies (standard in reference order, then technical) and cells (by competency, then method). */
    public EventDefinition normalise(UUID id, String title, LocalDate startDate, List<String> methods,
            List<Competency> technical, List<MatrixCell> cells, List<Group> groups) {
        Map<String, Competency> technicalByCode = new LinkedHashMap<>();
        technical.stream().sorted(Comparator.comparing(Competency::code)).forEach(t -> technicalByCode.put(t.code(), t));
        List<String> order = new ArrayList<>(reference.competencies().keySet());
        order.addAll(technicalByCode.keySet());
        List<String> methodOrder = new ArrayList<>(reference.methods().keySet());
        List<MatrixCell> sortedCells = cells.stream().distinct()
                .sorted(Comparator.comparingInt((MatrixCell c) -> order.indexOf(c.competency()))
                        .thenComparingInt(c -> methodOrder.indexOf(c.method())))
                .toList();
        List<Competency> measured = new ArrayList<>();
        for (String code : order) {
            if (sortedCells.stream().anyMatch(c -> c.competency().equals(code))) {
                measured.add(technicalByCode.containsKey(code) ? technicalByCode.get(code)
                        : new Competency(code, reference.competencies().get(code), CompetencyType.STANDARD));
            }
        }
        List<String> sortedMethods = methods.stream().distinct()
                .sorted(Comparator.comparingInt(methodOrder::indexOf)).toList();
        return new EventDefinition(id, title, startDate, sortedMethods, measured, List.copyOf(technicalByCode.values()),
                sortedCells, groups);
    }

    @SuppressWarnings("unchecked")
    private Optional<EventDefinition> load(UUID eventId) {
        List<Object[]> head = em.createNativeQuery("select title, start_date from assessment_event where id = ?1")
                .setParameter(1, eventId).getResultList();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String> methods = em.createNativeQuery("select method_code from event_method where event_id = ?1")
                .setParameter(1, eventId).getResultList();
        List<Competency> technical = ((List<Object[]>) em.createNativeQuery(
                        "select code, name from event_technical_competency where event_id = ?1 order by code")
                .setParameter(1, eventId).getResultList()).stream()
                .map(r -> new Competency((String) r[0], (String) r[1], CompetencyType.TECHNICAL)).toList();
        List<MatrixCell> cells = ((List<Object[]>) em.createNativeQuery(
                        "select method_code, competency_code from event_matrix_cell where event_id = ?1")
                .setParameter(1, eventId).getResultList()).stream()
                .map(r -> new MatrixCell((String) r[0], (String) r[1])).toList();
        List<Group> groups = ((List<Object[]>) em.createNativeQuery(
                        "select code, name, array_to_string(job_levels, ','), capacity from participant_group "
                                + "where event_id = ?1 order by code")
                .setParameter(1, eventId).getResultList()).stream()
                .map(r -> new Group((String) r[0], (String) r[1], Arrays.asList(((String) r[2]).split(",")),
                        ((Number) r[3]).intValue()))
                .toList();
        Object start = head.get(0)[1];
        LocalDate startDate = start instanceof Date d ? d.toLocalDate() : (LocalDate) start;
        return Optional.of(normalise(eventId, (String) head.get(0)[0], startDate, methods, technical, cells, groups));
    }
}
