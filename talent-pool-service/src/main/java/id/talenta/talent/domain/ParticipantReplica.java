package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** This service's copy of a participant (talenta.participants.v1), only the fields talent management needs. */
@Entity
@Table(name = "participant_replica")
public class ParticipantReplica {
    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public int revision;
    public String nip;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "job_level")
    public String jobLevel;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    @Column(name = "retirement_date")
    public LocalDate retirementDate;

    public String status;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public boolean active() {
        return "ACTIVE".equals(status);
    }
}
