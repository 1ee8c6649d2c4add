package id.talenta.talent.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Response records of the talent (nine-box) endpoints. */
public final class TalentViews {
    private TalentViews() {}

    public record HistoryEntry(int revision, int box, int computedBox, boolean calibrated, String performanceLevel,
            String potentialLevel, boolean inTalentPool, int policyVersion, String explanation, String changedAt) {}

    /**
     * One committee calibration: the box, why, by whom and when; the review period it belongs to ({@code reviewYear},
     * the SKP year it was made on; null without a rating) and, once it no longer holds, when and how it ended
     * ({@code endReason} LAPSED_NEWER_SKP_YEAR, LAPSED_NEW_ASSESSMENT, WITHDRAWN or REPLACED, {@code endNote} the
     * lapse explanation or the withdrawal reason). In force while {@code endedAt} is null.
     */
    public record CalibrationEntry(int box, int previousBox, int computedBox, String reason, String actor, String at,
            Integer reviewYear, String endedAt, String endReason, String endNote, String endedBy) {}

    public record CandidacyView(UUID keyPositionId, String positionTitle, String jobLevel, String unitCode,
            String readiness, String computedReadiness, boolean calibrated, BigDecimal targetFit, Integer box, String source, String rule, String explanation,
            int revision, String changedAt) {}

    public record Talent(UUID participantId, String nip, String fullName, String jobLevel, String unitCode,
            Integer box, Integer computedBox, boolean calibrated, String performanceLevel, Integer performanceYear,
            String potentialLevel, boolean inTalentPool, boolean active, List<String> recommendedActions,
            Integer policyVersion, String explanation, Integer revision, String changedAt,
            List<HistoryEntry> history, List<CalibrationEntry> calibrations,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<CandidacyView> readiness) {

        Talent withoutReadiness() {
            return new Talent(participantId, nip, fullName, jobLevel, unitCode, box, computedBox, calibrated,
                    performanceLevel, performanceYear, potentialLevel, inTalentPool, active, recommendedActions,
                    policyVersion, explanation, revision, changedAt, history, calibrations, null);
        }
    }

    public record TalentSummary(UUID participantId, String nip, String fullName, String jobLevel, String unitCode,
            int box, int computedBox, boolean calibrated, String performanceLevel, String potentialLevel,
            boolean inTalentPool) {}

    public record Cell(int box, String potentialLevel, String performanceLevel, boolean poolBox, long count,
            List<String> recommendedActions) {}

    public record NineBoxGrid(String unitCode, String jobLevel, int policyVersion, long total, List<Cell> cells) {}
}
