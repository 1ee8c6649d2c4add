package id.talenta.profile.api;

import id.talenta.profile.domain.CompetencyScore;
import id.talenta.profile.domain.DevelopmentNeed;
import id.talenta.profile.domain.Explanation;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.MappingCategory;
import id.talenta.profile.domain.ProfileComputation;
import id.talenta.profile.domain.SelectionCategory;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The profile's assessment measured against another job level's standard (nothing is stored). */
public record FitResponse(
        UUID participantId,
        JobLevel jobLevel,
        int frameworkVersion,
        BigDecimal jpm,
        MappingCategory mappingCategory,
        SelectionCategory selectionCategory,
        List<CompetencyScore> competencies,
        List<DevelopmentNeed> developmentNeeds,
        Explanation explanation) {

    static FitResponse of(UUID participantId, ProfileComputation c) {
        return new FitResponse(
                participantId,
                c.jobLevel(),
                c.frameworkVersion(),
                c.jpm(),
                c.mappingCategory(),
                c.selectionCategory(),
                c.competencies(),
                c.developmentNeeds(),
                c.explanation());
    }
}
