package id.talenta.talent.domain;

import java.util.List;

/** The outcome of the nine-box rule for one person; performanceLevel is null when no SKP rating exists. */
public record NineBoxPlacement(int box, int computedBox, boolean calibrated, PerformanceLevel performanceLevel,
        Integer performanceYear, PotentialLevel potentialLevel, boolean inTalentPool, List<String> recommendedActions,
        String explanation) {}
