package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A position that needs successors (jabatan target / kritikal). */
@Entity
@Table(name = "key_position")
public class KeyPosition {
    @Id
    public UUID id;

    public String title;

    @Column(name = "job_level")
    public String jobLevel;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "incumbent_participant_id")
    public UUID incumbentParticipantId;

    public String criticality;

    @Version
    public int version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
