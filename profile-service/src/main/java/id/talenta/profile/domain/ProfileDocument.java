package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A profile version as stored, served (GET /profiles/{id}) and published (profile.computed):
 * {@code revision} is the profile version per participant (1, 2, 3 ...). {@code validUntil} is the last day its
 * assessment result counts, {@code expired} whether that day has passed (then {@code validity} says so in words).
 */
public record ProfileDocument(
        UUID profileId,
        UUID participantId,
        int revision,
        String nip,
        String fullName,
        JobLevel jobLevel,
        String unitCode,
        int frameworkVersion,
        Source source,
        List<CompetencyScore> competencies,
        BigDecimal jpm,
        MappingCategory mappingCategory,
        SelectionCategory selectionCategory,
        PotentialView potential,
        List<DevelopmentNeed> developmentNeeds,
        Map<JobLevel, BigDecimal> fitByJobLevel,
        Explanation explanation,
        Instant computedAt,
        ProfileReason reason,
        LocalDate validUntil,
        boolean expired,
        String validity) {

    /** The same profile as a new version that only marks the result expired (values and history unchanged). */
    public ProfileDocument expiredVersion(
            UUID newProfileId, Instant now, LocalDate lastValidDay, String validitySentence) {
        return new ProfileDocument(
                newProfileId,
                participantId,
                revision + 1,
                nip,
                fullName,
                jobLevel,
                unitCode,
                frameworkVersion,
                source,
                competencies,
                jpm,
                mappingCategory,
                selectionCategory,
                potential,
                developmentNeeds,
                fitByJobLevel,
                explanation,
                now,
                ProfileReason.EXPIRY,
                lastValidDay,
                true,
                validitySentence);
    }

    public record Source(
            UUID assessmentEventId, UUID resultId, int resultRevision, Instant finalizedAt, LocalDate assessmentDate) {}

    public record PotentialView(
            BigDecimal score, PotentialCategory category, BigDecimal jpmComponent, BigDecimal assessmentComponent) {}
}
