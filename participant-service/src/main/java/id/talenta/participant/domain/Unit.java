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

    /** What a unit or an agency code may be (the unit and agency tables check the same). */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public static boolean isCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

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
