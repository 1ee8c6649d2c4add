package id.talenta.chassis.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the shared infrastructure ({@code talenta.chassis.*}); every value has a default and can be overridden
 * per service. The rest of {@code talenta.*} belongs to the services' own mappings and to {@link TopicsConfig}.
 */
@ConfigMapping(prefix = "talenta.chassis")
public interface ChassisConfig {

    /** Name of this service, used as the CloudEvents source and in logs: the Quarkus application name. */
    @WithDefault("${quarkus.application.name:talenta}")
    String serviceName();

    /**
     * The business time zone: "today", month boundaries and retirement windows are dates in it (docs/domain.md). One zone
     * per deployment for now; Asia/Makassar (WITA) and Asia/Jayapura (WIT) agencies set it.
     */
    @WithDefault("Asia/Jakarta")
    String businessTimeZone();

    Outbox outbox();

    Http http();

    Security security();

    Inbox inbox();

    interface Outbox {
        /** Whether this instance runs a relay at all (only one per database is ever active). */
        @WithDefault("true")
        boolean enabled();

        /** Fallback polling interval; the relay is normally woken right after a commit. */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("500")
        int batchSize();

        /** Sent rows older than this are deleted. */
        @WithDefault("P7D")
        Duration retention();

        /** PostgreSQL advisory lock key that elects the single active relay per database. */
        @WithDefault("7406182")
        long lockKey();
    }

    interface Inbox {
        /**
         * Inbox rows (event ids already applied) older than this are deleted by the active outbox relay, once an
         * hour and at most {@link #pruneBatch()} rows at a time. Consumers guard by revision or watermark as well,
         * so an event redelivered after its inbox row is gone still changes nothing.
         */
        @WithDefault("P30D")
        Duration retention();

        @WithDefault("10000")
        int pruneBatch();
    }

    interface Http {
        /** Largest accepted JSON body; beyond it 413. Endpoints that stream files declare their own limit. */
        @WithDefault("1M")
        io.quarkus.runtime.configuration.MemorySize maxJsonBody();
    }

    interface Security {
        /**
         * Verified bearer tokens kept so that a client's repeated requests with the same token skip the RSA
         * signature check (each entry lives until the token expires; 0 disables the cache).
         */
        @WithDefault("2000")
        int verifiedTokenCacheSize();

        /**
         * The table of the unit trees an access scope is resolved in (columns {@code code}, {@code parent_code},
         * {@code agency_code}): participant-service's own {@code unit}, the other services' {@code unit_replica}
         * kept from the units topic.
         */
        @WithDefault("unit_replica")
        String unitTable();
    }
}
