package id.talenta.chassis.config;

import io.smallrye.config.ConfigMapping;

/**
 * The Kafka topics of the platform (contracts/asyncapi.yaml), one mapping for every service; the names are set in the
 * chassis' shared configuration, and tests override them.
 */
@ConfigMapping(prefix = "talenta.topics")
public interface TopicsConfig {

    /** participant.registered | updated | deactivated, key = participantId. */
    String participants();

    /** unit.registered | unit.updated, key = unit code (log-compacted: the unit trees every service keeps). */
    String units();

    /** assessment.result.finalized, key = participantId. */
    String assessmentResults();

    /** profile.computed, key = participantId. */
    String profiles();

    /** talent.placement.changed and succession.readiness.changed, key = participantId. */
    String talent();
}
