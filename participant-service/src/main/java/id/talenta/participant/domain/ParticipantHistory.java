package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One change of a participant: revision, what changed, who did it and why. */
@Entity
@Table(name = "participant_history")
public class ParticipantHistory {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "participant_id")
    public UUID participantId;

    public long revision;

    @Column(name = "change_type")
    public String changeType;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public String[] changedFields;

    public String actor;
    public String reason;
    public String source;

    @Column(insertable = false, updatable = false)
    public Instant at;
}
