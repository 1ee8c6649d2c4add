package id.talenta.talent.policy;

import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.ReadinessPolicy;
import java.time.OffsetDateTime;

/** The policies in force, with their versions. */
public record Policies(Versioned<NineBoxPolicy> nineBox, Versioned<ReadinessPolicy> readiness) {

    public record Versioned<T>(int version, T policy, String createdBy, OffsetDateTime createdAt) {}
}
