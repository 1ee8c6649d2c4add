package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An agency (instansi: a regency, a province, a ministry): the root of a unit tree. */
@Entity
@Table(name = "agency")
public class Agency {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "agency";

    /** The agency every unit registered before agencies were recorded belongs to (migration V3). */
    public static final String DEFAULT = "DEFAULT";

    @Id
    public String code;

    public String name;

    /** SIASN's {@code instansi_kerja_id}, when known. */
    @Column(name = "siasn_id")
    public String siasnId;

    public long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
