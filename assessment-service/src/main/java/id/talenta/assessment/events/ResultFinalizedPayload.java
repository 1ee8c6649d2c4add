package id.talenta.assessment.events;

import id.talenta.assessment.domain.Potential;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Payload of {@code assessment.result.finalized} on {@code talenta.assessment-results.v1} (also for revisions,
 * with revision > 1). Schema: contracts/schemas/assessment.result.finalized.schema.json.
 */
public record ResultFinalizedPayload(
        UUID resultId,
        UUID participantId,
        String nip,
        String fullName,
        UUID assessmentEventId,
        String eventTitle,
        LocalDate assessmentDate,
        int revision,
        String revisionReason,
        String jobLevelAtAssessment,
        String unitCodeAtAssessment,
        List<CompetencyLevel> competencies,
        Potential potential,
        UUID finalizedBy,
        Instant finalizedAt) {

    public record CompetencyLevel(String code, BigDecimal level) {}
}
