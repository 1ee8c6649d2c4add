package id.talenta.assessment.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The seeded reference lists (job levels, standard competencies, methods, potential aspects), each in its
 * reference order, code → name.
 */
public record ReferenceData(
        List<String> jobLevels,
        Map<String, String> competencies,
        Map<String, String> methods,
        Map<String, String> aspects) {

    public ReferenceData {
        jobLevels = List.copyOf(jobLevels);
        competencies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(competencies));
        methods = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(methods));
        aspects = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(aspects));
    }

    public boolean isJobLevel(String code) {
        return jobLevels.contains(code);
    }

    public boolean isStandardCompetency(String code) {
        return competencies.containsKey(code);
    }

    public boolean isMethod(String code) {
        return methods.containsKey(code);
    }

    public boolean isAspect(String code) {
        return aspects.containsKey(code);
    }
}
