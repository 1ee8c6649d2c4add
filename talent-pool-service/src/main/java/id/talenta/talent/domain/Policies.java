package id.talenta.talent.domain;

import java.time.OffsetDateTime;

/** The policies in force, with their versions. */
public record Policies(Versioned<NineBoxPolicy> nineBox, Versioned<ReadinessPolicy> readiness) {

    /** The kind of the nine-box policy (table {@code policy}, column {@code kind}). */
    public static final String NINE_BOX = "NINE_BOX";
    /** The kind of the readiness policy. */
    public static final String READINESS = "READINESS";

    public record Versioned<T>(int version, T policy, String createdBy, OffsetDateTime createdAt) {}
}
