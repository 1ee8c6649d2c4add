package id.talenta.assessment.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything assessment-service holds about one person, for a subject access request (UU 27/2022): the replica
 * row, enrollments, ratings with their history, potential scores, results with every revision, and the audit
 * entries about them.
 */
public record SubjectAccessDocument(
        UUID participantId,
        String service,
        Instant generatedAt,
        Replica replica,
        List<Enrollment> enrollments,
        List<Rating> ratings,
        List<PotentialScore> potential,
        List<Result> results,
        List<AuditEntry> audit) {

    public record Replica(
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            String status,
            long revision,
            Instant updatedAt) {}

    public record Enrollment(
            UUID eventId,
            String eventTitle,
            String eventStatus,
            java.time.LocalDate startDate,
            String groupCode,
            Instant enrolledAt) {}

    public record Rating(
            UUID eventId,
            String method,
            String competency,
            UUID assessorId,
            BigDecimal level,
            String evidence,
            Instant ratedAt,
            List<HistoryEntry> history) {}

    public record HistoryEntry(BigDecimal level, String evidence, Instant ratedAt) {}

    public record PotentialScore(UUID eventId, String aspect, int score, UUID assessorId, Instant scoredAt) {}

    public record Result(
            UUID resultId,
            UUID eventId,
            String status,
            int revision,
            String jobLevelAtAssessment,
            String unitCodeAtAssessment,
            Instant finalizedAt,
            List<Revision> revisions) {}

    public record Revision(
            int revision,
            String reason,
            UUID finalizedBy,
            Instant finalizedAt,
            String policy,
            JsonNode competencies,
            JsonNode potential) {}

    public record AuditEntry(
            Instant occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            List<String> changedFields,
            JsonNode before,
            JsonNode after,
            String reason) {}
}
