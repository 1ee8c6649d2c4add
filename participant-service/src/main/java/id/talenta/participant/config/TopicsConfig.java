package id.talenta.participant.config;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Kafka topics of the platform; this service publishes to {@code participants} only. */
@ConfigMapping(prefix = "talenta.topics")
public interface TopicsConfig {
    String participants();

    Optional<String> assessmentResults();

    Optional<String> profiles();

    Optional<String> talent();
}
