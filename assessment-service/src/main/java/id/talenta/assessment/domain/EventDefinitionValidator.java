package id.talenta.assessment.domain;

import id.talenta.assessment.domain.EventDefinition.Competency;
import id.talenta.assessment.domain.EventDefinition.CompetencyType;
import id.talenta.assessment.domain.EventDefinition.Group;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Everything an event's plan must satisfy before it is stored (every violation is listed), and the one ordering of
 * a definition: competencies standard ones first in reference order, then technical ones by code; matrix cells by
 * competency, then method in reference order.
 */
public final class EventDefinitionValidator {

    public record Violation(String field, String message) {}

    /** The plan as requested; a null or empty {@code matrix} means every method measures every standard competency. */
    public record Plan(
            LocalDate startDate,
            LocalDate endDate,
            List<String> methods,
            List<Competency> technical,
            List<MatrixRow> matrix,
            List<Group> groups) {}

    /** The competencies one method measures. */
    public record MatrixRow(String method, List<String> competencies) {}

    /** The normalised definition when the plan is valid, else the violations. */
    public record Outcome(EventDefinition definition, List<Violation> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private EventDefinitionValidator() {}

    public static Outcome validate(UUID id, String title, Plan plan, ReferenceData reference) {
        List<Violation> v = new ArrayList<>();
        if (plan.endDate() != null && plan.startDate() != null && plan.endDate().isBefore(plan.startDate())) {
            v.add(new Violation("endDate", "must not be before startDate"));
        }
        Set<String> methods = methods(nonNull(plan.methods()), reference, v);
        Map<String, Competency> technical = technical(nonNull(plan.technical()), reference, v);
        List<MatrixCell> cells = nonNull(plan.matrix()).isEmpty()
                ? defaultMatrix(methods, reference)
                : matrix(plan.matrix(), methods, technical, reference, v);
        List<Group> groups = groups(nonNull(plan.groups()), reference, v);
        if (!v.isEmpty()) {
            return new Outcome(null, v);
        }
        return new Outcome(
                normalise(
                        id,
                        title,
                        plan.startDate(),
                        List.copyOf(methods),
                        List.copyOf(technical.values()),
                        cells,
                        groups,
                        reference),
                List.of());
    }

    private static Set<String> methods(List<String> requested, ReferenceData reference, List<Violation> v) {
        Set<String> methods = new LinkedHashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String m = requested.get(i);
            if (!reference.isMethod(m)) {
                v.add(new Violation(
                        "methods[" + i + "]",
                        "unknown method " + m + "; known: "
                                + String.join(", ", reference.methods().keySet())));
            } else if (!methods.add(m)) {
                v.add(new Violation("methods[" + i + "]", "method " + m + " is listed twice"));
            }
        }
        return methods;
    }

    private static Map<String, Competency> technical(
            List<Competency> declared, ReferenceData reference, List<Violation> v) {
        Map<String, Competency> technical = new LinkedHashMap<>();
        for (int i = 0; i < declared.size(); i++) {
            Competency t = declared.get(i);
            if (reference.isStandardCompetency(t.code())) {
                v.add(new Violation("technicalCompetencies[" + i + "].code", t.code() + " is a standard competency"));
            } else if (technical.put(t.code(), new Competency(t.code(), t.name(), CompetencyType.TECHNICAL)) != null) {
                v.add(new Violation("technicalCompetencies[" + i + "].code", t.code() + " is declared twice"));
            }
        }
        return technical;
    }

    /** Without a matrix, every method measures the nine standard competencies. */
    private static List<MatrixCell> defaultMatrix(Set<String> methods, ReferenceData reference) {
        List<MatrixCell> cells = new ArrayList<>();
        for (String m : methods) {
            reference.competencies().keySet().forEach(c -> cells.add(new MatrixCell(m, c)));
        }
        return cells;
    }

    private static List<MatrixCell> matrix(
            List<MatrixRow> rows,
            Set<String> methods,
            Map<String, Competency> technical,
            ReferenceData reference,
            List<Violation> v) {
        List<MatrixCell> cells = new ArrayList<>();
        Set<String> rowMethods = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            MatrixRow row = rows.get(i);
            if (!methods.contains(row.method())) {
                v.add(new Violation(
                        "matrix[" + i + "].method", "method " + row.method() + " is not one of the event's methods"));
            } else if (!rowMethods.add(row.method())) {
                v.add(new Violation("matrix[" + i + "].method", "method " + row.method() + " has two rows"));
            }
            List<String> competencies = nonNull(row.competencies());
            for (int j = 0; j < competencies.size(); j++) {
                String c = competencies.get(j);
                if (!reference.isStandardCompetency(c) && !technical.containsKey(c)) {
                    v.add(new Violation(
                            "matrix[" + i + "].competencies[" + j + "]",
                            "unknown competency " + c
                                    + "; use a standard code or declare it in technicalCompetencies"));
                } else {
                    cells.add(new MatrixCell(row.method(), c));
                }
            }
        }
        for (String m : methods) {
            if (!rowMethods.contains(m)) {
                v.add(new Violation("matrix", "method " + m + " measures no competency"));
            }
        }
        return cells;
    }

    private static List<Group> groups(List<Group> requested, ReferenceData reference, List<Violation> v) {
        List<Group> groups = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Group g = requested.get(i);
            if (!codes.add(g.code())) {
                v.add(new Violation("groups[" + i + "].code", "group " + g.code() + " is listed twice"));
            }
            List<String> levels = nonNull(g.jobLevels());
            for (int j = 0; j < levels.size(); j++) {
                if (!reference.isJobLevel(levels.get(j))) {
                    v.add(new Violation(
                            "groups[" + i + "].jobLevels[" + j + "]", "unknown job level " + levels.get(j)));
                }
            }
            groups.add(new Group(g.code(), g.name(), levels.stream().distinct().toList(), g.capacity()));
        }
        return groups;
    }

    /** The one order of a definition, whether it was just planned or read back from storage. */
    public static EventDefinition normalise(
            UUID id,
            String title,
            LocalDate startDate,
            List<String> methods,
            List<Competency> technical,
            List<MatrixCell> cells,
            List<Group> groups,
            ReferenceData reference) {
        Map<String, Competency> technicalByCode = new LinkedHashMap<>();
        technical.stream()
                .sorted(Comparator.comparing(Competency::code))
                .forEach(t -> technicalByCode.put(t.code(), t));
        List<String> order = new ArrayList<>(reference.competencies().keySet());
        order.addAll(technicalByCode.keySet());
        List<String> methodOrder = new ArrayList<>(reference.methods().keySet());
        List<MatrixCell> sortedCells = cells.stream()
                .distinct()
                .sorted(Comparator.comparingInt((MatrixCell c) -> order.indexOf(c.competency()))
                        .thenComparingInt(c -> methodOrder.indexOf(c.method())))
                .toList();
        Set<String> measuredCodes = new HashSet<>();
        sortedCells.forEach(c -> measuredCodes.add(c.competency()));
        List<Competency> measured = new ArrayList<>();
        for (String code : order) {
            if (measuredCodes.contains(code)) {
                measured.add(
                        technicalByCode.containsKey(code)
                                ? technicalByCode.get(code)
                                : new Competency(code, reference.competencies().get(code), CompetencyType.STANDARD));
            }
        }
        List<String> sortedMethods = methods.stream()
                .distinct()
                .sorted(Comparator.comparingInt(methodOrder::indexOf))
                .toList();
        List<Group> sortedGroups =
                groups.stream().sorted(Comparator.comparing(Group::code)).toList();
        return new EventDefinition(
                id,
                title,
                startDate,
                sortedMethods,
                measured,
                List.copyOf(technicalByCode.values()),
                sortedCells,
                sortedGroups);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
