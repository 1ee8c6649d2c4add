package id.talenta.profile.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The organisation's competency map for a unit and/or job level (all latest profiles when neither is given). */
public record CompetencyMap(
        String unitCode,
        String jobLevel,
        long count,
        BigDecimal averageJpm,
        Map<String, Long> mappingCategories,
        Map<String, Long> selectionCategories,
        Map<String, Long> potentialCategories,
        List<CompetencyAggregate> competencies) {

    /** Per competency over the profiles that assessed it; {@code meetingSharePercent} is 0–100. */
    public record CompetencyAggregate(
            String code,
            String name,
            String type,
            long profiles,
            BigDecimal averageAchieved,
            BigDecimal averageRequired,
            BigDecimal averageGap,
            BigDecimal meetingSharePercent) {}
}
