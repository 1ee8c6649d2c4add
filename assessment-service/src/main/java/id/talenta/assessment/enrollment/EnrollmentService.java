package id.talenta.assessment.enrollment;

import id.talenta.assessment.api.EnrollmentRequest;
import id.talenta.assessment.api.EnrollmentResult;
import id.talenta.assessment.api.EnrollmentView;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.campaign.Rows;
import id.talenta.assessment.domain.EnrollmentEligibility;
import id.talenta.assessment.domain.EnrollmentEligibility.Candidate;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.RejectionReason;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Bulk enrollment of replica participants into an event's groups, each item accepted or rejected with a reason. */
@ApplicationScoped
public class EnrollmentService {

    private record Person(UUID id, String nip, String jobLevel, boolean active) {}

    @Inject EntityManager em;
    @Inject EventDefinitions definitions;
    @Inject AuditTrail audit;

    @Transactional
    public EnrollmentResult enroll(UUID eventId, EnrollmentRequest r) {
        boolean byIds = r.participantIds() != null && !r.participantIds().isEmpty();
        boolean byNips = r.nips() != null && !r.nips().isEmpty();
        if (byIds == byNips) {
            throw ProblemException.badRequest("participantIds", "give either participantIds or nips (exactly one, not empty)");
        }
        EventDefinition d = definitions.find(eventId)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        EventDefinition.Group group = d.group(r.groupCode()).orElseThrow(() -> ProblemException.unprocessable(
                "groupCode", "event " + eventId + " has no group " + r.groupCode()));
        // Lock the event row: enrollments of one event are serialised, so capacities and "one group per
        // participant" hold under concurrency.
        List<?> status = em.createNativeQuery("select status from assessment_event where id = ?1 for update")
                .setParameter(1, eventId).getResultList();
        EventStatus eventStatus = EventStatus.valueOf((String) status.get(0));
        if (!eventStatus.acceptsEnrollment()) {
            throw ProblemException.conflict("event " + eventId + " is " + eventStatus + "; enrollment is closed");
        }
        List<Person> people = byIds ? findByIds(r.participantIds()) : findByNips(r.nips());
        Map<UUID, Person> byId = new HashMap<>();
        Map<String, Person> byNip = new HashMap<>();
        people.forEach(p -> {
            byId.put(p.id(), p);
            byNip.putIfAbsent(p.nip(), p);
        });
        Set<UUID> enrolled = alreadyEnrolled(eventId, byId.keySet());
        int inGroup = ((Number) em.createNativeQuery(
                        "select count(*) from enrollment where event_id = ?1 and group_code = ?2")
                .setParameter(1, eventId).setParameter(2, group.code()).getSingleResult()).intValue();
        Set<String> allowed = Set.copyOf(group.jobLevels());
        List<EnrollmentResult.Item> items = new ArrayList<>();
        List<UUID> accepted = new ArrayList<>();
        int count = byIds ? r.participantIds().size() : r.nips().size();
        for (int i = 0; i < count; i++) {
            Person p = byIds ? byId.get(r.participantIds().get(i)) : byNip.get(r.nips().get(i));
            UUID requestedId = byIds ? r.participantIds().get(i) : p == null ? null : p.id();
            String nip = p == null ? (byIds ? null : r.nips().get(i)) : p.nip();
            Optional<RejectionReason> reason = EnrollmentEligibility.check(
                    p == null ? null : new Candidate(p.active(), p.jobLevel()),
                    p != null && enrolled.contains(p.id()), allowed, group.capacity(), inGroup);
            if (reason.isPresent()) {
                items.add(new EnrollmentResult.Item(requestedId, nip, "REJECTED", reason.get().name()));
            } else {
                enrolled.add(p.id());
                accepted.add(p.id());
                inGroup++;
                items.add(new EnrollmentResult.Item(p.id(), nip, "ENROLLED", null));
            }
        }
        if (!accepted.isEmpty()) {
            em.createNativeQuery("insert into enrollment (event_id, participant_id, group_code) "
                            + "select ?1, cast(x as uuid), ?2 from unnest(string_to_array(?3, ',')) x")
                    .setParameter(1, eventId).setParameter(2, group.code())
                    .setParameter(3, accepted.stream().map(UUID::toString).collect(Collectors.joining(",")))
                    .executeUpdate();
            for (UUID participantId : accepted) {
                audit.record("ENROLL", "enrollment", eventId + "/" + participantId, null,
                        Map.of("eventId", eventId, "participantId", participantId, "groupCode", group.code()), null);
            }
        }
        return new EnrollmentResult(eventId, group.code(), accepted.size(), items.size() - accepted.size(), items);
    }

    @SuppressWarnings("unchecked")
    public Page<EnrollmentView> list(UUID eventId, String groupCode, PageRequest page) {
        EventDefinition d = definitions.find(eventId)
                .orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        if (groupCode != null && !groupCode.isBlank() && d.group(groupCode).isEmpty()) {
            throw ProblemException.badRequest("groupCode", "event has no group " + groupCode + "; groups: "
                    + d.groups().stream().map(EventDefinition.Group::code).collect(Collectors.joining(", ")));
        }
        String group = groupCode == null || groupCode.isBlank() ? null : groupCode;
        String order = switch (page.sortField()) {
            case "fullName" -> "p.full_name";
            case "nip" -> "p.nip";
            default -> "en.enrolled_at";
        } + (page.ascending() ? " asc" : " desc") + ", en.participant_id";
        List<Object[]> rows = em.createNativeQuery("select en.participant_id, p.nip, p.full_name, p.job_level, "
                        + "p.unit_code, en.group_code, en.enrolled_at, r.status from enrollment en "
                        + "join participant_replica p on p.participant_id = en.participant_id "
                        + "left join assessment_result r on r.event_id = en.event_id and r.participant_id = en.participant_id "
                        + "where en.event_id = ?1 and (cast(?2 as text) is null or en.group_code = cast(?2 as text)) "
                        + "order by " + order + " limit ?3 offset ?4")
                .setParameter(1, eventId).setParameter(2, group).setParameter(3, page.size())
                .setParameter(4, page.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("select count(*) from enrollment where event_id = ?1 "
                        + "and (cast(?2 as text) is null or group_code = cast(?2 as text))")
                .setParameter(1, eventId).setParameter(2, group).getSingleResult()).longValue();
        List<EnrollmentView> items = rows.stream().map(x -> new EnrollmentView(Rows.uuid(x[0]), (String) x[1],
                (String) x[2], (String) x[3], (String) x[4], (String) x[5], Rows.instant(x[6]),
                x[7] == null ? "DRAFT" : (String) x[7])).toList();
        return Page.of(items, page, total);
    }

    @SuppressWarnings("unchecked")
    private List<Person> findByIds(List<UUID> ids) {
        return toPeople(em.createNativeQuery("select participant_id, nip, job_level, status from participant_replica "
                        + "where participant_id = any(cast(string_to_array(?1, ',') as uuid[]))")
                .setParameter(1, ids.stream().map(UUID::toString).distinct().collect(Collectors.joining(",")))
                .getResultList());
    }

    @SuppressWarnings("unchecked")
    private List<Person> findByNips(List<String> nips) {
        return toPeople(em.createNativeQuery("select participant_id, nip, job_level, status from participant_replica "
                        + "where nip = any(string_to_array(?1, ',')) order by status, revision desc")
                .setParameter(1, String.join(",", new LinkedHashSet<>(nips)))
                .getResultList());
    }

    private static List<Person> toPeople(List<Object[]> rows) {
        return rows.stream().map(x -> new Person(Rows.uuid(x[0]), (String) x[1], (String) x[2],
                "ACTIVE".equals(x[3]))).toList();
    }

    @SuppressWarnings("unchecked")
    private Set<UUID> alreadyEnrolled(UUID eventId, Set<UUID> ids) {
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        List<Object> rows = em.createNativeQuery("select participant_id from enrollment where event_id = ?1 "
                        + "and participant_id = any(cast(string_to_array(?2, ',') as uuid[]))")
                .setParameter(1, eventId)
                .setParameter(2, ids.stream().map(UUID::toString).collect(Collectors.joining(",")))
                .getResultList();
        Set<UUID> result = new HashSet<>();
        rows.forEach(o -> result.add(Rows.uuid(o)));
        return result;
    }
}
