package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Current nine-box placement of one participant (box = calibrated box when the committee calibrated). */
@Entity
@Table(name = "placement")
public class Placement {
    @Id
    @Column(name = "participant_id")
    public UUID participantId;

    public int revision;

    @Column(name = "job_level")
    public String jobLevel;

    @Column(name = "unit_code")
    public String unitCode;

    public boolean active;
    public int box;

    @Column(name = "computed_box")
    public int computedBox;

    @Column(name = "calibrated_box")
    public Integer calibratedBox;
    /** The review period of the calibration in force: the SKP year it was made on (null: no rating then). */
    @Column(name = "calibration_review_year")
    public Integer calibrationReviewYear;
    /** The assessment result the calibration in force was made on (null: not known). */
    @Column(name = "calibration_result_id")
    public UUID calibrationResultId;

    @Column(name = "calibrated_at")
    public OffsetDateTime calibratedAt;

    @Column(name = "performance_level")
    public String performanceLevel;

    @Column(name = "performance_year")
    public Integer performanceYear;

    @Column(name = "potential_level")
    public String potentialLevel;

    @Column(name = "in_talent_pool")
    public boolean inTalentPool;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "recommended_actions")
    public List<String> recommendedActions;

    @Column(name = "policy_version")
    public int policyVersion;

    public String explanation;

    @Column(name = "changed_at")
    public OffsetDateTime changedAt;

    /**
     * Set when a calibration started or ended in this transaction: the placement then gets a new revision and event
     * even when the box itself does not move (a calibration to the computed box, or its lapse).
     */
    @jakarta.persistence.Transient
    public boolean calibrationChanged;

    public boolean calibrated() {
        return calibratedBox != null;
    }

    /** Ends the calibration in force (lapsed or withdrawn): the computed box applies again. */
    public void endCalibration() {
        calibratedBox = null;
        calibrationReviewYear = null;
        calibrationResultId = null;
        calibratedAt = null;
        calibrationChanged = true;
    }

    /** Whether applying {@code p} changes anything a consumer of talent.placement.changed can see. */
    public boolean differsFrom(
            NineBoxPlacement p, String newJobLevel, String newUnitCode, boolean newActive, int newPolicyVersion) {
        return calibrationChanged
                || box != p.box()
                || computedBox != p.computedBox()
                || calibrated() != p.calibrated()
                || !Objects.equals(
                        performanceLevel,
                        p.performanceLevel() == null
                                ? null
                                : p.performanceLevel().name())
                || !Objects.equals(performanceYear, p.performanceYear())
                || !Objects.equals(potentialLevel, p.potentialLevel().name())
                || inTalentPool != p.inTalentPool()
                || !Objects.equals(recommendedActions, p.recommendedActions())
                || policyVersion != newPolicyVersion
                || !Objects.equals(jobLevel, newJobLevel)
                || !Objects.equals(unitCode, newUnitCode)
                || active != newActive;
    }

    /** Takes {@code p} as the next revision of this placement, changed at {@code at}. */
    public void revise(
            NineBoxPlacement p,
            String newJobLevel,
            String newUnitCode,
            boolean newActive,
            int newPolicyVersion,
            OffsetDateTime at) {
        revision++;
        jobLevel = newJobLevel;
        unitCode = newUnitCode;
        active = newActive;
        box = p.box();
        computedBox = p.computedBox();
        performanceLevel =
                p.performanceLevel() == null ? null : p.performanceLevel().name();
        performanceYear = p.performanceYear();
        potentialLevel = p.potentialLevel().name();
        inTalentPool = p.inTalentPool();
        recommendedActions = p.recommendedActions();
        policyVersion = newPolicyVersion;
        explanation = p.explanation();
        calibrationChanged = false;
        changedAt = at;
    }
}
