package id.talenta.talent.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of talent-pool-service (policies themselves are versioned data in the database, not config). */
@ConfigMapping(prefix = "talenta.talent")
public interface TalentConfig {

    /** How long an instance may use a cached policy before re-reading it (a local change invalidates at once). */
    @WithDefault("5s")
    Duration policyCacheTtl();

    /** Largest accepted CSV upload for rating imports; beyond it 413. */
    @WithDefault("10M")
    MemorySize importMaxBytes();

    /** Participants re-evaluated per transaction by a job. */
    @WithDefault("200")
    int jobChunkSize();
}
