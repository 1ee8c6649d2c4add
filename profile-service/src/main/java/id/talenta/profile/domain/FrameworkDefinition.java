package id.talenta.profile.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of a competency framework version: competencies with level descriptors, the standard
 * (job level → competency → required level), the JPM policy and the potential policy.
 */
public record FrameworkDefinition(String name, List<CompetencyDefinition> competencies,
        Map<JobLevel, Map<String, Integer>> standard, JpmPolicy jpmPolicy, PotentialPolicy potentialPolicy) {

    public Optional<CompetencyDefinition> competency(String code) {
        return competencies.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public int requiredLevel(JobLevel jobLevel, String code) {
        Map<String, Integer> levels = standard.get(jobLevel);
        Integer required = levels == null ? null : levels.get(code);
        if (required == null) {
            throw new IllegalStateException("framework has no required level for " + jobLevel + "/" + code);
        }
        return required;
    }
}
