package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.List;

/** What a finalized result contributes to a profile: final level per competency, potential aspect scores (or none). */
public record AssessmentInput(List<AchievedLevel> competencies, List<AspectScore> potentialAspects) {

    public record AchievedLevel(String code, BigDecimal level) {}

    public record AspectScore(String aspect, BigDecimal score) {}

    public boolean hasPotentialAssessment() {
        return potentialAspects != null && !potentialAspects.isEmpty();
    }
}
