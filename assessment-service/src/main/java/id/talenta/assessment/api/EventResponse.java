package id.talenta.assessment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An assessment event with its plan and status. */
public record EventResponse(
        UUID id,
        String title,
        String organizer,
        String assessorInstitution,
        String venue,
        LocalDate startDate,
        LocalDate endDate,
        String status,
        List<String> methods,
        List<MatrixRow> matrix,
        List<Competency> competencies,
        List<Competency> technicalCompetencies,
        List<Group> groups,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    public record MatrixRow(String method, List<String> competencies) {}

    public record Competency(String code, String name, String type) {}

    public record Group(String code, String name, List<String> jobLevels, int capacity) {}
}
