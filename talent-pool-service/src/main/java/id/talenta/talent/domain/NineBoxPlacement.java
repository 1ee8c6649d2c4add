package id.talenta.talent.domain;

import java.util.List;

/** The outcome of the nine-box rule for one person; performanceLevel is null when no SKP rating exists. */
public record NineBoxPlacement(
        int box,
        int computedBox,
        boolean calibrated,
        PerformanceLevel performanceLevel,
        Integer performanceYear,
        PotentialLevel potentialLevel,
        boolean inTalentPool,
        List<String> recommendedActions,
        String explanation) {

    /** The same placement with {@code sentence} added to the explanation. */
    public NineBoxPlacement explainedFurther(String sentence) {
        return new NineBoxPlacement(
                box,
                computedBox,
                calibrated,
                performanceLevel,
                performanceYear,
                potentialLevel,
                inTalentPool,
                recommendedActions,
                explanation + " " + sentence);
    }
}
