package id.talenta.assessment.enrollment;

import id.talenta.assessment.api.EnrollmentRequest;
import id.talenta.assessment.api.EnrollmentResult;
import id.talenta.assessment.api.EnrollmentView;
import id.talenta.assessment.campaign.EventDefinitions;
import id.talenta.assessment.domain.EnrollmentEligibility;
import id.talenta.assessment.domain.EventDefinition;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.RejectionReason;
import id.talenta.assessment.store.EnrollmentStore;
import id.talenta.assessment.store.EnrollmentStore.Candidate;
import id.talenta.assessment.store.EventStore;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Bulk enrollment of replica participants into an event's groups, each item accepted or rejected with a reason. */
@ApplicationScoped
public class EnrollmentService {

    @Inject
    EventDefinitions definitions;

    @Inject
    EventStore events;

    @Inject
    EnrollmentStore enrollments;

    @Inject
    AuditTrail audit;

    @Transactional
    public EnrollmentResult enroll(UUID eventId, EnrollmentRequest r) {
        boolean byIds = r.participantIds() != null && !r.participantIds().isEmpty();
        boolean byNips = r.nips() != null && !r.nips().isEmpty();
        if (byIds == byNips) {
            throw ProblemException.badRequest(
                    "participantIds", "give either participantIds or nips (exactly one, not empty)");
        }
        EventDefinition d =
                definitions.find(eventId).orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        EventDefinition.Group group = d.group(r.groupCode())
                .orElseThrow(() -> ProblemException.unprocessable(
                        "groupCode", "event " + eventId + " has no group " + r.groupCode()));
        // Lock the event row: enrollments of one event are serialised, so capacities and "one group per
        // participant" hold under concurrency.
        EventStatus eventStatus = events.lockStatus(eventId).orElseThrow();
        if (!eventStatus.acceptsEnrollment()) {
            throw ProblemException.conflict("event " + eventId + " is " + eventStatus + "; enrollment is closed");
        }
        List<Candidate> people = byIds ? enrollments.byIds(r.participantIds()) : enrollments.byNips(r.nips());
        Map<UUID, Candidate> byId = new HashMap<>();
        Map<String, Candidate> byNip = new HashMap<>();
        people.forEach(p -> {
            byId.put(p.id(), p);
            byNip.putIfAbsent(p.nip(), p);
        });
        Set<UUID> enrolled = enrollments.enrolledAmong(eventId, byId.keySet());
        int inGroup = enrollments.countInGroup(eventId, group.code());
        Set<String> allowed = Set.copyOf(group.jobLevels());
        List<EnrollmentResult.Item> items = new ArrayList<>();
        List<UUID> accepted = new ArrayList<>();
        int count = byIds ? r.participantIds().size() : r.nips().size();
        for (int i = 0; i < count; i++) {
            Candidate p = byIds
                    ? byId.get(r.participantIds().get(i))
                    : byNip.get(r.nips().get(i));
            UUID requestedId = byIds ? r.participantIds().get(i) : p == null ? null : p.id();
            String nip = p == null ? (byIds ? null : r.nips().get(i)) : p.nip();
            Optional<RejectionReason> reason = EnrollmentEligibility.check(
                    p == null ? null : new EnrollmentEligibility.Candidate(p.active(), p.jobLevel()),
                    p != null && enrolled.contains(p.id()),
                    allowed,
                    group.capacity(),
                    inGroup);
            if (reason.isPresent()) {
                items.add(new EnrollmentResult.Item(
                        requestedId, nip, "REJECTED", reason.get().name()));
            } else {
                enrolled.add(p.id());
                accepted.add(p.id());
                inGroup++;
                items.add(new EnrollmentResult.Item(p.id(), nip, "ENROLLED", null));
            }
        }
        if (!accepted.isEmpty()) {
            enrollments.insert(eventId, group.code(), accepted);
            for (UUID participantId : accepted) {
                audit.record(
                        AuditAction.ENROLL,
                        "enrollment",
                        eventId + "/" + participantId,
                        null,
                        Map.of("eventId", eventId, "participantId", participantId, "groupCode", group.code()),
                        null);
            }
        }
        return new EnrollmentResult(eventId, group.code(), accepted.size(), items.size() - accepted.size(), items);
    }

    public Page<EnrollmentView> list(UUID eventId, String groupCode, PageRequest page) {
        EventDefinition d =
                definitions.find(eventId).orElseThrow(() -> ProblemException.notFound("Assessment event", eventId));
        if (groupCode != null && !groupCode.isBlank() && d.group(groupCode).isEmpty()) {
            throw ProblemException.badRequest(
                    "groupCode",
                    "event has no group " + groupCode + "; groups: "
                            + d.groups().stream()
                                    .map(EventDefinition.Group::code)
                                    .collect(Collectors.joining(", ")));
        }
        String group = groupCode == null || groupCode.isBlank() ? null : groupCode;
        List<EnrollmentView> items = enrollments.page(eventId, group, page);
        long total = enrollments.count(eventId, group);
        return Page.of(items, page, total);
    }
}
