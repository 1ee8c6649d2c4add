package id.talenta.profile.store;

import id.talenta.profile.config.ProfileConfig;
import id.talenta.profile.domain.CompetencyFramework;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The read model of the active framework, cached in memory so the per-event path does not read it. Framework versions are
 * immutable, so they are cached by version forever; which version is active is re-checked after
 * {@code talenta.profile.framework-cache-ttl} (other instances' activations) and forgotten at once on a local
 * activation. Only reads use the cached pointer; writers use {@link #forWriting()}.
 */
@ApplicationScoped
public class ActiveFramework {

    @Inject
    FrameworkStore frameworks;

    @Inject
    ProfileConfig config;

    private final Map<Integer, CompetencyFramework> byVersion = new ConcurrentHashMap<>();
    private volatile CompetencyFramework active;
    private volatile long checkedAt;

    public CompetencyFramework get() {
        CompetencyFramework current = active;
        if (current == null
                || System.currentTimeMillis() - checkedAt
                        > config.frameworkCacheTtl().toMillis()) {
            int version = frameworks
                    .activeVersion()
                    .orElseThrow(() -> new IllegalStateException("no active competency framework"));
            current = version(version);
            active = current;
            checkedAt = System.currentTimeMillis();
        }
        return current;
    }

    /**
     * The active framework for a transaction that stores a profile: read from the database under the shared
     * framework lock (never the TTL cache), so a concurrent activation cannot slip past this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CompetencyFramework forWriting() {
        int version = frameworks
                .activeVersionLocked()
                .orElseThrow(() -> new IllegalStateException("no active competency framework"));
        return version(version);
    }

    public CompetencyFramework version(int version) {
        return byVersion.computeIfAbsent(
                version,
                v -> frameworks
                        .find(v)
                        .orElseThrow(() -> new IllegalStateException("framework " + v + " missing"))
                        .framework());
    }

    public void invalidate() {
        active = null;
    }
}
