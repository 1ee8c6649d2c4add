package id.talenta.talent.talent;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.talenta.talent.store.CalibrationStore.CalibrationEntry;
import id.talenta.talent.store.CandidateStore.CandidacyView;
import id.talenta.talent.store.PlacementStore.HistoryEntry;
import java.util.List;
import java.util.UUID;

/** What the talent (nine-box) endpoints answer. */
public final class TalentViews {
    private TalentViews() {}

    public record Talent(
            UUID participantId,
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            Integer box,
            Integer computedBox,
            boolean calibrated,
            String performanceLevel,
            Integer performanceYear,
            String potentialLevel,
            boolean inTalentPool,
            boolean active,
            List<String> recommendedActions,
            Integer policyVersion,
            String explanation,
            Integer revision,
            String changedAt,
            List<HistoryEntry> history,
            List<CalibrationEntry> calibrations,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<CandidacyView> readiness) {

        /** The view self-service gets: without successor candidacies. */
        public Talent withoutReadiness() {
            return new Talent(
                    participantId,
                    nip,
                    fullName,
                    jobLevel,
                    unitCode,
                    box,
                    computedBox,
                    calibrated,
                    performanceLevel,
                    performanceYear,
                    potentialLevel,
                    inTalentPool,
                    active,
                    recommendedActions,
                    policyVersion,
                    explanation,
                    revision,
                    changedAt,
                    history,
                    calibrations,
                    null);
        }
    }

    public record Cell(
            int box,
            String potentialLevel,
            String performanceLevel,
            boolean poolBox,
            long count,
            List<String> recommendedActions) {}

    public record NineBoxGrid(String unitCode, String jobLevel, int policyVersion, long total, List<Cell> cells) {}
}
