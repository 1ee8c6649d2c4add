package id.talenta.talent.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.config.TalentConfig;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.Policies;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.store.PolicyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policies in force: the highest version of each kind. Cached per instance for a short TTL so that the event
 * path costs no policy query; a change made here invalidates the cache at once.
 */
@ApplicationScoped
public class PolicyService {

    @Inject
    PolicyStore store;

    @Inject
    ObjectMapper mapper;

    @Inject
    TalentConfig config;

    @Inject
    AuditTrail audit;

    /** The audited state of a policy kind: version and document. */
    public record AuditedPolicy(int version, JsonNode document) {}

    private volatile Policies cached;
    private volatile long cachedAt;
    /** Bumped by every invalidation: a load that began before it must not install what it read. */
    private final AtomicLong generation = new AtomicLong();

    public Policies current() {
        Policies p = cached;
        if (p == null
                || System.currentTimeMillis() - cachedAt
                        > config.policyCacheTtl().toMillis()) {
            long gen = generation.get();
            p = new Policies(
                    load(Policies.NINE_BOX, NineBoxPolicy.class), load(Policies.READINESS, ReadinessPolicy.class));
            synchronized (this) {
                if (generation.get() == gen) {
                    cached = p;
                    cachedAt = System.currentTimeMillis();
                }
            }
        }
        return p;
    }

    /** Forget the cached policies; call again after the publishing transaction committed. */
    public synchronized void invalidate() {
        generation.incrementAndGet();
        cached = null;
    }

    /** Validates and stores a new version (400 with the violations). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(String kind, Object document, List<String[]> violations, String actor) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .map(v -> new Problem.FieldError(v[0], v[1]))
                    .toList());
        }
        // Serialise concurrent publishers of the same kind; the primary key is the last line of defence.
        store.lockKind(kind);
        int next = store.currentVersion(kind) + 1;
        AuditedPolicy before = store.document(kind, next - 1)
                .map(d -> new AuditedPolicy(next - 1, tree(d)))
                .orElse(null);
        store.insert(kind, next, document, actor);
        audit.record(
                AuditAction.ACTIVATE,
                "policy",
                kind,
                before,
                new AuditedPolicy(next, mapper.valueToTree(document)),
                null);
        invalidate();
        return next;
    }

    @Transactional
    public int currentVersion(String kind) {
        return store.currentVersion(kind);
    }

    private <T> Policies.Versioned<T> load(String kind, Class<T> type) {
        PolicyStore.StoredPolicy stored = store.latest(kind);
        try {
            return new Policies.Versioned<>(
                    stored.version(),
                    mapper.readValue(stored.document(), type),
                    stored.createdBy(),
                    stored.createdAt());
        } catch (Exception e) {
            throw new IllegalStateException("stored " + kind + " policy cannot be read", e);
        }
    }

    private JsonNode tree(String json) {
        try {
            return mapper.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("stored policy cannot be read", e);
        }
    }
}
