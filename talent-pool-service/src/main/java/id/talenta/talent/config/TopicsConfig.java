package id.talenta.talent.config;

import io.smallrye.config.ConfigMapping;

/** Kafka topic names ({@code test.}-prefixed in the test profile). */
@ConfigMapping(prefix = "talenta.topics")
public interface TopicsConfig {
    String participants();

    String assessmentResults();

    String profiles();

    /** What this service publishes: talent.placement.changed, succession.readiness.changed. */
    String talent();
}
