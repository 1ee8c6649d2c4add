package id.talenta.profile.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The content of a competency framework version: competencies with level descriptors, the standard
 * (job level → competency → required level), the JPM policy, the potential policy and how long a result counts
 * ({@link ValidityPolicy}; a framework stored without it uses the default, three years).
 */
public record FrameworkDefinition(
        String name,
        List<CompetencyDefinition> competencies,
        Map<JobLevel, Map<String, Integer>> standard,
        JpmPolicy jpmPolicy,
        PotentialPolicy potentialPolicy,
        ValidityPolicy validity) {

    public FrameworkDefinition {
        if (validity == null) {
            validity = ValidityPolicy.DEFAULT;
        }
    }

    /** A framework with the default validity. */
    public FrameworkDefinition(
            String name,
            List<CompetencyDefinition> competencies,
            Map<JobLevel, Map<String, Integer>> standard,
            JpmPolicy jpmPolicy,
            PotentialPolicy potentialPolicy) {
        this(name, competencies, standard, jpmPolicy, potentialPolicy, ValidityPolicy.DEFAULT);
    }

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
