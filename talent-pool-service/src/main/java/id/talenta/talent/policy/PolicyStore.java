package id.talenta.talent.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.config.TalentConfig;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ReadinessPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Versioned policies: the highest version of each kind is in force. Cached per instance for a short TTL so that
 * the event path costs no policy query; a change made here invalidates the cache at once.
 */
@ApplicationScoped
public class PolicyStore {

    public static final String NINE_BOX = "NINE_BOX";
    public static final String READINESS = "READINESS";

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;
    @Inject TalentConfig config;
    @Inject id.talenta.chassis.audit.AuditTrail audit;

    /** The audited state of a policy kind: version and document. */
    public record AuditedPolicy(int version, com.fasterxml.jackson.databind.JsonNode document) {}

    private volatile Policies cached;
    private volatile long cachedAt;
    /** Bumped by every invalidation: a load that began before it must not install what it read. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

    public Policies current() {
        Policies p = cached;
        if (p == null || System.currentTimeMillis() - cachedAt > config.policyCacheTtl().toMillis()) {
            long gen = generation.get();
            p = new Policies(load(NINE_BOX, NineBoxPolicy.class), load(READINESS, ReadinessPolicy.class));
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

    /** Validates and stores a new version; 409 when {@code expectedVersion} is given and no longer current. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(String kind, Object document, List<String[]> violations, String actor) {
        if (!violations.isEmpty()) {
            throw ProblemException.badRequest(violations.stream()
                    .map(v -> new Problem.FieldError(v[0], v[1])).toList());
        }
        // Serialise concurrent publishers of the same kind; the primary key is the last line of defence.
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 7406183))) l")
                .setParameter(1, "policy:" + kind).getSingleResult();
        int next = ((Number) em.createNativeQuery("select coalesce(max(version), 0) + 1 from policy where kind = ?1")
                .setParameter(1, kind).getSingleResult()).intValue();
        List<?> previous = em.createNativeQuery("select cast(document as text) from policy where kind = ?1 and version = ?2")
                .setParameter(1, kind).setParameter(2, next - 1).getResultList();
        try {
            em.createNativeQuery("insert into policy (kind, version, document, created_by) values (?1, ?2, cast(?3 as jsonb), ?4)")
                    .setParameter(1, kind).setParameter(2, next)
                    .setParameter(3, mapper.writeValueAsString(document)).setParameter(4, actor)
                    .executeUpdate();
            audit.record("PUBLISH_POLICY", "policy", kind,
                    previous.isEmpty() ? null : new AuditedPolicy(next - 1, mapper.readTree((String) previous.get(0))),
                    new AuditedPolicy(next, mapper.valueToTree(document)), null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        invalidate();
        return next;
    }

    public int currentVersion(String kind) {
        return ((Number) em.createNativeQuery("select coalesce(max(version), 0) from policy where kind = ?1")
                .setParameter(1, kind).getSingleResult()).intValue();
    }

    private <T> Policies.Versioned<T> load(String kind, Class<T> type) {
        Object[] row = (Object[]) em.createNativeQuery("select version, cast(document as text), created_by, created_at "
                        + "from policy where kind = ?1 order by version desc limit 1")
                .setParameter(1, kind).getSingleResult();
        try {
            T policy = mapper.readValue((String) row[1], type);
            return new Policies.Versioned<>(((Number) row[0]).intValue(), policy, (String) row[2], toOffset(row[3]));
        } catch (Exception e) {
            throw new IllegalStateException("stored " + kind + " policy cannot be read", e);
        }
    }

    static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        return null;
    }
}
