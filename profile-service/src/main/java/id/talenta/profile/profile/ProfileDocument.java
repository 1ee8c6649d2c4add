package id.talenta.profile.profile;

import id.talenta.profile.domain.CompetencyScore;
import id.talenta.profile.domain.DevelopmentNeed;
import id.talenta.profile.domain.Explanation;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.MappingCategory;
import id.talenta.profile.domain.PotentialCategory;
import id.talenta.profile.domain.ProfileReason;
import id.talenta.profile.domain.SelectionCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A profile version as stored, served (GET /profiles/{id}) and published (profile.computed):
 * {@code revision} is the profile version per participant (1, 2, 3 ...).
 */
public record ProfileDocument(UUID profileId, UUID participantId, int revision, String nip, String fullName,
        JobLevel jobLevel, String unitCode, int frameworkVersion, Source source, List<CompetencyScore> competencies,
        BigDecimal jpm, MappingCategory mappingCategory, SelectionCategory selectionCategory, PotentialView potential,
        List<DevelopmentNeed> developmentNeeds, Map<JobLevel, BigDecimal> fitByJobLevel, Explanation explanation,
        Instant computedAt, ProfileReason reason) {

    public record Source(UUID assessmentEventId, UUID resultId, int resultRevision, Instant finalizedAt,
            LocalDate assessmentDate) {}

    public record PotentialView(BigDecimal score, PotentialCategory category, BigDecimal jpmComponent,
            BigDecimal assessmentComponent) {}
}
