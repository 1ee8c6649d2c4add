package id.talenta.profile.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Payload of assessment.result.finalized (talenta.assessment-results.v1), the fields this service uses. */
public record ResultFinalizedPayload(
        UUID resultId,
        UUID participantId,
        String nip,
        String fullName,
        UUID assessmentEventId,
        String eventTitle,
        LocalDate assessmentDate,
        Integer revision,
        String revisionReason,
        String jobLevelAtAssessment,
        String unitCodeAtAssessment,
        List<Competency> competencies,
        Potential potential,
        String finalizedBy,
        Instant finalizedAt) {

    public record Competency(String code, BigDecimal level) {}

    public record Potential(List<Aspect> aspects) {}

    public record Aspect(String aspect, BigDecimal score) {}
}
