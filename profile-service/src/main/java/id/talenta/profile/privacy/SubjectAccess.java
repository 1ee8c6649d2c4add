package id.talenta.profile.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.profile.store.SubjectAccessStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Everything this service holds about one person, as one document, for a subject access request (UU 27/2022):
 * the participant replica, the latest profile with the assessment input it was computed from, every profile
 * version as stored (competencies, JPM, categories, potential, development needs, fit by job level, explanation),
 * the result revisions seen per assessment, and the processing history from the audit trail (without the
 * officers' identities). Handing it out is itself recorded in the audit trail.
 */
@ApplicationScoped
public class SubjectAccess {

    public static final String ENTITY = "subject-access";

    @Inject
    SubjectAccessStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    AuditTrail audit;

    /**
     * The export, or empty when this service holds nothing about the participant or {@code mayRead} rejects the
     * NIP this service knows for them (self-service: not the caller's own data).
     */
    @Transactional
    public Optional<ObjectNode> export(UUID participantId, Predicate<String> mayRead) {
        Optional<SubjectAccessStore.ReplicaRow> replica = store.replica(participantId);
        Optional<SubjectAccessStore.LatestRow> latest = store.latest(participantId);
        if (replica.isEmpty() && latest.isEmpty()) {
            return Optional.empty();
        }
        String nip = replica.map(SubjectAccessStore.ReplicaRow::nip)
                .orElseGet(() -> latest.get().nip());
        if (!mayRead.test(nip)) {
            return Optional.empty();
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("participantId", participantId.toString());
        out.put("service", "profile-service");
        out.put("generatedAt", Instant.now().toString());
        out.put(
                "description",
                "Everything profile-service holds about this person: the participant data it "
                        + "replicates from participant-service, every competency profile version computed from their "
                        + "assessment results (with the fit against every job level and the explanation, as stored), the "
                        + "assessment input of the latest profile, the result revisions received, and the processing history.");
        out.set("participantReplica", replica.map(this::replica).orElse(null));
        if (latest.isEmpty()) {
            out.putNull("latestProfile");
            out.putNull("latestAssessmentInput");
        } else {
            out.set("latestProfile", json(latest.get().document()));
            out.set("latestAssessmentInput", json(latest.get().input()));
        }
        ArrayNode versions = out.putArray("profileVersions");
        store.versions(participantId).forEach(v -> versions.add(json(v)));
        ArrayNode watermarks = out.putArray("resultRevisionsReceived");
        for (SubjectAccessStore.WatermarkRow w : store.watermarks(participantId)) {
            watermarks
                    .addObject()
                    .put("assessmentEventId", text(w.assessmentEventId()))
                    .put("resultRevision", w.resultRevision())
                    .put("finalizedAt", text(w.finalizedAt()));
        }
        ArrayNode history = out.putArray("processingHistory");
        for (SubjectAccessStore.HistoryRow h : store.history(participantId)) {
            ObjectNode entry = history.addObject();
            entry.put("occurredAt", text(h.occurredAt()))
                    .put("action", h.action())
                    .put("entityType", h.entityType());
            ArrayNode fields = entry.putArray("changedFields");
            h.changedFields().forEach(fields::add);
            entry.put("reason", h.reason());
        }
        audit.record(
                AuditAction.EXPORT,
                ENTITY,
                participantId,
                null,
                Map.of("profileVersions", versions.size(), "participantReplica", replica.isPresent()),
                "subject access request");
        return Optional.of(out);
    }

    private ObjectNode replica(SubjectAccessStore.ReplicaRow r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("participantId", text(r.participantId()))
                .put("nip", r.nip())
                .put("fullName", r.fullName())
                .put("jobLevel", r.jobLevel())
                .put("unitCode", r.unitCode())
                .put("status", r.status())
                .put("revision", r.revision())
                .put("updatedAt", text(r.updatedAt()));
        return node;
    }

    private JsonNode json(String text) {
        try {
            return text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored document", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
