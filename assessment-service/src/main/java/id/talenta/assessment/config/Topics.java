package id.talenta.assessment.config;

import io.smallrye.config.ConfigMapping;

/** Kafka topics this service reads and writes (test profile: {@code test.}-prefixed). */
@ConfigMapping(prefix = "talenta.topics")
public interface Topics {

    String participants();

    String assessmentResults();

    String profiles();

    String talent();
}
