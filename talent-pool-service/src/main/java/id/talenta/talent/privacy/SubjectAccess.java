package id.talenta.talent.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.talent.events.TalentEvents;
import id.talenta.talent.store.SubjectAccessStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything talent-pool-service holds about one person, as one document, for a subject access request
 * (UU 27/2022 on personal data protection). participant-service gathers it from every service. For a self-service
 * (employee) request the succession sections are withheld and the document says so: whether someone is a successor
 * candidate is the committee's working data, not disclosed to the person through self-service.
 */
@ApplicationScoped
public class SubjectAccess {

    public static final String WITHHELD_NOTE = "Successor candidacies and readiness (candidacies, readinessHistory, "
            + "succession.readiness.changed events and candidate audit entries) are held by this service but are not "
            + "disclosed through self-service; a subject access request through the agency's HR officer includes them.";

    /** Audit entity type of a subject-access export (id = the participant whose data was exported). */
    public static final String SUBJECT_ACCESS = "subject-access";

    /** The document; a section is an empty list or null when nothing is held, and absent only when withheld. */
    public record Document(
            UUID participantId,
            String service,
            String generatedAt,
            String legalBasis,
            boolean selfService,
            Map<String, Object> participantReplica,
            Map<String, Object> profileReplica,
            List<Map<String, Object>> performanceRatings,
            Map<String, Object> placement,
            List<Map<String, Object>> placementHistory,
            List<Map<String, Object>> boxCalibrations,
            List<Map<String, Object>> incumbentOfKeyPositions,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Map<String, Object>> candidacies,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<Map<String, Object>> readinessHistory,
            List<Map<String, Object>> publishedEvents,
            List<Map<String, Object>> auditTrail,
            List<String> withheld,
            String note) {}

    @Inject
    SubjectAccessStore store;

    @Inject
    AuditTrail audit;

    /** The document, or empty when this service holds nothing about the person. */
    @Transactional
    public Optional<Document> export(UUID id, boolean selfService) {
        Map<String, Object> replica = store.participantReplica(id);
        Map<String, Object> profile = store.profileReplica(id);
        List<Map<String, Object>> ratings = store.ratings(id);
        Map<String, Object> placement = store.placement(id);
        List<Map<String, Object>> candidacies = selfService ? null : store.candidacies(id);
        if (replica == null
                && profile == null
                && placement == null
                && ratings.isEmpty()
                && (candidacies == null || candidacies.isEmpty())) {
            return Optional.empty();
        }
        List<Map<String, Object>> readiness = selfService ? null : store.readinessHistory(id);
        List<Map<String, Object>> published =
                store.publishedEvents(id, selfService ? TalentEvents.READINESS_CHANGED : null);
        List<Map<String, Object>> auditTrail =
                store.auditTrail(id, selfService ? SubjectAccessStore.CANDIDACY_ENTITY_TYPES : List.of());
        List<String> withheld = selfService ? List.of("candidacies", "readinessHistory") : List.of();
        audit.record(AuditAction.EXPORT, SUBJECT_ACCESS, id, null, Map.of("selfService", selfService), null);
        return Optional.of(new Document(
                id,
                "talent-pool-service",
                Instant.now().toString(),
                "UU 27/2022 (Pelindungan Data Pribadi): the data subject's right of access",
                selfService,
                replica,
                profile,
                ratings,
                placement,
                store.placementHistory(id),
                store.calibrations(id),
                store.incumbentOf(id),
                candidacies,
                readiness,
                published,
                auditTrail,
                withheld,
                selfService
                        ? WITHHELD_NOTE
                        : "Complete: every table of talent-pool-service that holds data about this person. Sent "
                                + "events are kept in the outbox for its retention period (default 7 days)."));
    }
}
