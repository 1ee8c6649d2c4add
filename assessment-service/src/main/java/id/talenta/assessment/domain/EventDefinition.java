package id.talenta.assessment.domain;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What an assessment event measures and whom it takes: fixed at creation, so it can be cached; only the
 * event's status changes afterwards.
 *
 * @param competencies the competencies the matrix measures: standard ones in reference order, then technical
 *     ones in declaration order
 * @param matrix the cells, ordered by competency then method
 */
public record EventDefinition(
        UUID id,
        String title,
        LocalDate startDate,
        List<String> methods,
        List<Competency> competencies,
        List<Competency> technicalCompetencies,
        List<MatrixCell> matrix,
        List<Group> groups) {

    public enum CompetencyType {
        STANDARD,
        TECHNICAL
    }

    public record Competency(String code, String name, CompetencyType type) {}

    public record Group(String code, String name, List<String> jobLevels, int capacity) {}

    public EventDefinition {
        methods = List.copyOf(methods);
        competencies = List.copyOf(competencies);
        technicalCompetencies = List.copyOf(technicalCompetencies);
        matrix = List.copyOf(matrix);
        groups = List.copyOf(groups);
    }

    public boolean usesMethod(String method) {
        return methods.contains(method);
    }

    /** The competencies the matrix assigns to {@code method}. */
    public Set<String> competenciesOf(String method) {
        Set<String> codes = new LinkedHashSet<>();
        matrix.stream().filter(c -> c.method().equals(method)).forEach(c -> codes.add(c.competency()));
        return codes;
    }

    /** The methods that measure {@code competency}. */
    public List<String> methodsOf(String competency) {
        return matrix.stream()
                .filter(c -> c.competency().equals(competency))
                .map(MatrixCell::method)
                .toList();
    }

    public boolean measures(String competency) {
        return competencies.stream().anyMatch(c -> c.code().equals(competency));
    }

    public Optional<Group> group(String code) {
        return groups.stream().filter(g -> g.code().equals(code)).findFirst();
    }
}
