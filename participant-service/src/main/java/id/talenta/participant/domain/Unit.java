package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organisation unit (OPD / unor) with an optional parent. */
@Entity
@Table(name = "unit")
public class Unit {
    @Id
    public String code;

    public String name;

    @Column(name = "parent_code")
    public String parentCode;

    public long version;

    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
}
