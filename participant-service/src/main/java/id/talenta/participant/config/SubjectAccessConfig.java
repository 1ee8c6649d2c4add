package id.talenta.participant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

/**
 * Where the other services answer {@code GET /api/v1/subject-access/{participantId}} for the subject access
 * export, and how long the export waits for each.
 */
@ConfigMapping(prefix = "talenta.subject-access")
public interface SubjectAccessConfig {

    @WithDefault("http://127.0.0.1:8082")
    URI assessmentUrl();

    @WithDefault("http://127.0.0.1:8083")
    URI profileUrl();

    @WithDefault("http://127.0.0.1:8084")
    URI talentUrl();

    @WithDefault("1s")
    Duration connectTimeout();

    /** Per service; a slower service becomes an UNAVAILABLE section, the export still answers. */
    @WithDefault("3s")
    Duration readTimeout();
}
