package id.talenta.profile.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of profile-service. */
@ConfigMapping(prefix = "talenta.profile")
public interface ProfileConfig {

    /** How long an instance trusts its cached active framework before checking the database again. */
    @WithDefault("30s")
    Duration frameworkCacheTtl();

    /** Profiles recomputed per transaction by a framework activation. */
    @WithDefault("200")
    int activationBatchSize();

    /**
     * How often the validity check runs (it marks the latest profiles whose result has passed its validity as
     * expired; running it more often than daily only makes it punctual). {@code off} disables it.
     */
    @WithDefault("1h")
    String expiryCheckEvery();

    /** Profiles expired per transaction by the validity check. */
    @WithDefault("500")
    int expiryBatchSize();
}
