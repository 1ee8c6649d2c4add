package id.talenta.profile.framework;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.domain.FrameworkValidator;
import id.talenta.profile.store.Activation;
import id.talenta.profile.store.ActivationStore;
import id.talenta.profile.store.ActiveFramework;
import id.talenta.profile.store.FrameworkRecord;
import id.talenta.profile.store.FrameworkStore;
import id.talenta.profile.store.ProfileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Creating and activating framework versions (both audited). */
@ApplicationScoped
public class FrameworkService {

    static final String FRAMEWORK = "competency-framework";
    static final String ACTIVATION = "framework-activation";

    @Inject
    FrameworkStore frameworks;

    @Inject
    ActivationStore activations;

    @Inject
    ProfileStore profiles;

    @Inject
    ActiveFramework active;

    @Inject
    ActivationRunner runner;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditTrail audit;

    /** What the audit trail keeps of a framework version. */
    record Audited(int version, String status, String name, int competencyCount, String jpmFormula) {

        static Audited of(FrameworkRecord r) {
            return new Audited(
                    r.version(),
                    r.status(),
                    r.definition().name(),
                    r.definition().competencies().size(),
                    r.definition().jpmPolicy().formula().name());
        }
    }

    @Transactional
    public FrameworkRecord create(FrameworkDefinition definition, String createdBy) {
        List<FrameworkValidator.Violation> violations = FrameworkValidator.validate(definition);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message()))
                    .toList());
        }
        int version = frameworks.insertDraft(definition, createdBy);
        FrameworkRecord created = frameworks.find(version).orElseThrow();
        audit.record(AuditAction.CREATE, FRAMEWORK, version, null, Audited.of(created), null);
        return created;
    }

    /**
     * Activates a version and queues the recomputation of every latest profile; the job starts after commit.
     * The framework lock is taken EXCLUSIVE first: this waits for every transaction that is storing a profile with
     * the current version (they hold it SHARED) and holds new ones back until this commits, after which they read
     * the new version. So every profile is either committed before the job starts (and recomputed by it) or
     * computed with the new version.
     */
    @Transactional
    public Activation activate(int version, String requestedBy, String reason) {
        frameworks.lockExclusively();
        FrameworkRecord framework = frameworks
                .find(version)
                .orElseThrow(() -> ProblemException.notFound("Competency framework version", version));
        if ("ACTIVE".equals(framework.status())) {
            throw ProblemException.conflict("Competency framework version " + version + " is already active");
        }
        if (activations.anyUnfinished()) {
            throw ProblemException.conflict("Another framework activation is still running; wait for it to finish");
        }
        frameworks
                .active()
                .ifPresent(previous -> audit.record(
                        AuditAction.DEACTIVATE,
                        FRAMEWORK,
                        previous.version(),
                        Map.of("status", previous.status()),
                        Map.of("status", "RETIRED"),
                        reason));
        frameworks.activate(version);
        audit.record(
                AuditAction.ACTIVATE,
                FRAMEWORK,
                version,
                Map.of("status", framework.status()),
                Map.of("status", "ACTIVE"),
                reason);
        UUID id = TimeOrderedUuid.next();
        activations.insert(id, version, profiles.countLatest(), requestedBy);
        Activation job = activations.find(id).orElseThrow();
        audit.record(
                AuditAction.CREATE,
                ACTIVATION,
                id,
                null,
                Map.of("frameworkVersion", version, "status", job.status(), "totalProfiles", job.totalProfiles()),
                reason);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    active.invalidate();
                    runner.submit(id);
                }
            }
        });
        return job;
    }
}
