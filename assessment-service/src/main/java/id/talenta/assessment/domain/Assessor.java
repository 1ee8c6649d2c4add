package id.talenta.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A certified assessor, possibly from another agency's assessment unit. */
@Entity
@Table(name = "assessor")
public class Assessor extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "certificate_number")
    public String certificateNumber;

    public String institution;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;
}
