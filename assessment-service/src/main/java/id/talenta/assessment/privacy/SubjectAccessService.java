package id.talenta.assessment.privacy;

import id.talenta.assessment.api.SubjectAccessDocument;
import id.talenta.assessment.api.SubjectAccessDocument.Enrollment;
import id.talenta.assessment.api.SubjectAccessDocument.Replica;
import id.talenta.assessment.api.SubjectAccessDocument.Result;
import id.talenta.assessment.store.ReplicaStore;
import id.talenta.assessment.store.SubjectAccessStore;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gathers everything this service holds about one participant into one document (subject access request). */
@ApplicationScoped
public class SubjectAccessService {

    static final String SERVICE = "assessment-service";

    @Inject
    SubjectAccessStore store;

    @Inject
    ReplicaStore replicas;

    @Inject
    SelfService selfService;

    @Inject
    AuditTrail audit;

    /** 404 when this service knows nothing of the participant, or (self-service) it is not the caller. */
    @Transactional
    public SubjectAccessDocument export(UUID participantId) {
        selfService.requireOwn(participantId, "Participant", participantId);
        Replica replica = replicas.replica(participantId)
                .map(r -> new Replica(
                        r.nip(), r.fullName(), r.jobLevel(), r.unitCode(), r.status(), r.revision(), r.updatedAt()))
                .orElse(null);
        List<Enrollment> enrollments = store.enrollments(participantId);
        if (replica == null && enrollments.isEmpty()) {
            throw ProblemException.notFound("Participant", participantId);
        }
        List<Result> results = store.results(participantId);
        SubjectAccessDocument document = new SubjectAccessDocument(
                participantId,
                SERVICE,
                Instant.now(),
                replica,
                enrollments,
                store.ratings(participantId),
                store.potential(participantId),
                results,
                store.audit(
                        participantId, results.stream().map(Result::resultId).toList()));
        // The export itself is accountable: who read everything about the person, and when.
        audit.record(
                AuditAction.EXPORT,
                "participant",
                participantId,
                null,
                Map.of(
                        "enrollments",
                        enrollments.size(),
                        "ratings",
                        document.ratings().size(),
                        "results",
                        document.results().size()),
                null);
        return document;
    }
}
