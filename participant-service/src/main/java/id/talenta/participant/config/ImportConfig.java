package id.talenta.participant.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** File imports (CSV / NDJSON). */
@ConfigMapping(prefix = "talenta.imports")
public interface ImportConfig {

    /** Largest accepted upload; beyond it 413. */
    @WithDefault("512M")
    MemorySize maxUploadSize();

    /** Rows per database transaction. */
    @WithDefault("10000")
    int batchSize();

    /** Where uploads are spooled before processing (default: the JVM temp directory). */
    java.util.Optional<String> spoolDirectory();

    /** Import jobs that run at the same time; the rest wait in QUEUED. */
    @WithDefault("1")
    int workers();
}
