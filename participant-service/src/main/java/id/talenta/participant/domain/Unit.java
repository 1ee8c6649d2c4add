package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation unit (OPD / unor) of one agency, with an optional parent in the same agency. */
@Entity
@Table(name = "unit")
public class Unit {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "unit";

    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    /** The agency whose unit tree it is in: a root unit's own, inherited by every unit below it. */
    @Column(name = "agency_code")
    public String agencyCode;

    public long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
