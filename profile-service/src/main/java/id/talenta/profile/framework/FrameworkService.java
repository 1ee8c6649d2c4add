package id.talenta.profile.framework;

import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.domain.FrameworkValidator;
import id.talenta.profile.profile.ProfileRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Creating and activating framework versions. */
@ApplicationScoped
public class FrameworkService {

    @Inject FrameworkRepository frameworks;
    @Inject ActivationRepository activations;
    @Inject ProfileRepository profiles;
    @Inject ActiveFramework active;
    @Inject ActivationRunner runner;
    @Inject TransactionSynchronizationRegistry transactions;

    @Transactional
    public FrameworkRecord create(FrameworkDefinition definition, String createdBy) {
        List<FrameworkValidator.Violation> violations = FrameworkValidator.validate(definition);
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .map(v -> new Problem.FieldError(v.field(), v.message())).toList());
        }
        int version = frameworks.insertDraft(definition, createdBy);
        return frameworks.find(version).orElseThrow();
    }

    /** Activates a version and queues the recomputation of every latest profile; the job starts after commit. */
    @Transactional
    public Activation activate(int version, String requestedBy) {
        FrameworkRecord framework = frameworks.find(version)
                .orElseThrow(() -> ProblemException.notFound("Competency framework version", version));
        if ("ACTIVE".equals(framework.status())) {
            throw ProblemException.conflict("Competency framework version " + version + " is already active");
        }
        profiles.query("select pg_advisory_xact_lock(7406184)", ps -> { }, rs -> 0);
        if (activations.anyUnfinished()) {
            throw ProblemException.conflict("Another framework activation is still running; wait for it to finish");
        }
        frameworks.activate(version);
        UUID id = TimeOrderedUuid.next();
        activations.insert(id, version, profiles.countLatest(), requestedBy);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() { }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    active.invalidate();
                    runner.submit(id);
                }
            }
        });
        return activations.find(id).orElseThrow();
    }
}
