package id.talenta.profile.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Kafka topic names (test.-prefixed in %test). Mapped so the chassis' "talenta" root accepts them. */
@ConfigMapping(prefix = "talenta.topics")
public interface Topics {

    String participants();

    @WithName("assessment-results")
    String assessmentResults();

    String profiles();

    String talent();
}
