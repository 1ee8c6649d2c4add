package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The latest profile.computed per participant: potential category and fit against every job level. */
@Entity
@Table(name = "profile_replica")
public class ProfileReplica {
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

    public BigDecimal jpm;

    @Column(name = "potential_score")
    public BigDecimal potentialScore;

    @Column(name = "potential_category")
    public String potentialCategory;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "fit_by_job_level")
    public Map<String, Double> fitByJobLevel;

    @Column(name = "framework_version")
    public String frameworkVersion;
    /** The potential thresholds the profile was computed with (TINGGI from, MENENGAH from), for explanations. */
    @Column(name = "potential_tinggi")
    public BigDecimal potentialTinggi;

    @Column(name = "potential_menengah")
    public BigDecimal potentialMenengah;
    /** The assessment result this profile comes from (profile.computed source.resultId). */
    @Column(name = "assessment_result_id")
    public UUID assessmentResultId;
    /** The last day the assessment result counts, and whether it has passed (profile.computed validUntil/expired). */
    @Column(name = "valid_until")
    public java.time.LocalDate validUntil;

    public boolean expired;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    public Double fitFor(String jobLevel) {
        return fitByJobLevel == null ? null : fitByJobLevel.get(jobLevel);
    }
}
