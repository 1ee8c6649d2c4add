package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One participant considered for one key position; readiness INELIGIBLE means no longer on the list. */
@Entity
@Table(name = "candidate")
@IdClass(Candidate.Key.class)
public class Candidate {
    public static class Key implements Serializable {
        public UUID keyPositionId;
        public UUID participantId;

        public Key() {}

        public Key(UUID keyPositionId, UUID participantId) {
            this.keyPositionId = keyPositionId;
            this.participantId = participantId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k
                    && java.util.Objects.equals(keyPositionId, k.keyPositionId)
                    && java.util.Objects.equals(participantId, k.participantId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(keyPositionId, participantId);
        }
    }

    @Id
    @Column(name = "key_position_id")
    public UUID keyPositionId;

    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public boolean nominated;

    @Column(name = "nomination_reason")
    public String nominationReason;

    @Column(name = "nominated_by")
    public String nominatedBy;
    /** Effective readiness: the committee's override while one applies, else the computed readiness. */
    public String readiness;
    /** What the readiness policy gives, kept beside any override. */
    @Column(name = "computed_readiness")
    public String computedReadiness;

    @Column(name = "override_readiness")
    public String overrideReadiness;

    @Column(name = "override_reason")
    public String overrideReason;

    @Column(name = "override_by")
    public String overrideBy;

    @Column(name = "override_at")
    public OffsetDateTime overrideAt;

    @Column(name = "target_fit")
    public BigDecimal targetFit;

    public Integer box;
    public String rule;
    public String explanation;

    @Column(name = "policy_version")
    public int policyVersion;

    public int revision;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /** Whether the committee's override decides the readiness (it is suspended while the person is ineligible). */
    public boolean calibrated() {
        return overrideReadiness != null
                && computedReadiness != null
                && Readiness.overrideApplies(Readiness.of(computedReadiness));
    }

    public String source() {
        return nominated ? "NOMINATED" : "AUTO";
    }
}
