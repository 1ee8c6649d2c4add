package id.talenta.talent.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The readiness policy (DOMAIN.md, default): an ordered lookup of rules "box in B and target fit >= F gives R";
 * the first that matches fires, otherwise NOT_READY. It also carries the eligibility and vacancy-risk settings,
 * so one versioned document holds the whole succession policy.
 */
public record ReadinessPolicy(
        List<Rule> rules,
        Map<JobLevel, List<JobLevel>> feederLevels,
        boolean allowLateral,
        int retirementExclusionMonths,
        VacancyRiskThresholds vacancyRisk,
        CandidateScope candidateScope,
        AutomaticCandidates automaticCandidates,
        ExpiredAssessments expiredAssessments) {

    /**
     * A policy stored or sent without {@code automaticCandidates} or {@code expiredAssessments} keeps the defaults:
     * the talent pool, and no automatic candidacy on an expired assessment result.
     */
    public ReadinessPolicy {
        if (automaticCandidates == null) {
            automaticCandidates = AutomaticCandidates.TALENT_POOL;
        }
        if (expiredAssessments == null) {
            expiredAssessments = ExpiredAssessments.NO_AUTOMATIC_CANDIDACY;
        }
    }

    /** A policy with the default handling of expired assessment results. */
    public ReadinessPolicy(List<Rule> rules, Map<JobLevel, List<JobLevel>> feederLevels, boolean allowLateral,
            int retirementExclusionMonths, VacancyRiskThresholds vacancyRisk, CandidateScope candidateScope,
            AutomaticCandidates automaticCandidates) {
        this(rules, feederLevels, allowLateral, retirementExclusionMonths, vacancyRisk, candidateScope,
                automaticCandidates, ExpiredAssessments.NO_AUTOMATIC_CANDIDACY);
    }

    /** A policy whose automatic candidates are the talent pool (the default). */
    public ReadinessPolicy(List<Rule> rules, Map<JobLevel, List<JobLevel>> feederLevels, boolean allowLateral,
            int retirementExclusionMonths, VacancyRiskThresholds vacancyRisk, CandidateScope candidateScope) {
        this(rules, feederLevels, allowLateral, retirementExclusionMonths, vacancyRisk, candidateScope,
                AutomaticCandidates.TALENT_POOL, ExpiredAssessments.NO_AUTOMATIC_CANDIDACY);
    }

    /** True when automatic candidacy is limited to talent-pool members (the succession group). */
    public boolean poolOnly() {
        return automaticCandidates == AutomaticCandidates.TALENT_POOL;
    }

    public record Rule(Readiness readiness, Set<Integer> boxes, Double minTargetFit) {}

    public record VacancyRiskThresholds(int highWithinMonths, int mediumWithinMonths) {}

    /** The readiness that fired and why. */
    public record Assessment(Readiness readiness, String rule, String explanation) {}

    private static final Set<Readiness> RULE_OUTCOMES =
            EnumSet.of(Readiness.READY_NOW, Readiness.READY_1_2_YEARS, Readiness.READY_3_PLUS_YEARS);

    public List<String[]> violations() {
        List<String[]> errors = new ArrayList<>();
        if (rules == null || rules.isEmpty()) {
            errors.add(new String[] {"rules", "must list at least one rule"});
        } else {
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                String at = "rules[" + i + "]";
                if (r == null || r.readiness() == null || !RULE_OUTCOMES.contains(r.readiness())) {
                    errors.add(new String[] {at + ".readiness", "must be READY_NOW, READY_1_2_YEARS or READY_3_PLUS_YEARS"});
                }
                if (r == null || r.boxes() == null || r.boxes().isEmpty()
                        || r.boxes().stream().anyMatch(b -> b == null || b < 1 || b > 9)) {
                    errors.add(new String[] {at + ".boxes", "must be a non-empty set of boxes 1..9"});
                }
                if (r == null || r.minTargetFit() == null || r.minTargetFit() < 0 || r.minTargetFit() > 100) {
                    errors.add(new String[] {at + ".minTargetFit", "must be between 0 and 100"});
                }
            }
        }
        if (feederLevels == null || feederLevels.values().stream().anyMatch(l -> l == null || l.contains(null))) {
            errors.add(new String[] {"feederLevels", "must map job levels to lists of job levels"});
        }
        if (retirementExclusionMonths < 0 || retirementExclusionMonths > 120) {
            errors.add(new String[] {"retirementExclusionMonths", "must be between 0 and 120"});
        }
        if (vacancyRisk == null || vacancyRisk.highWithinMonths() < 0
                || vacancyRisk.mediumWithinMonths() < vacancyRisk.highWithinMonths()) {
            errors.add(new String[] {"vacancyRisk", "needs 0 <= highWithinMonths <= mediumWithinMonths"});
        }
        if (candidateScope == null) {
            errors.add(new String[] {"candidateScope", "must be ORGANISATION or UNIT"});
        }
        return errors;
    }

    /** Applies the lookup to a box (null: no placement) and a target fit (null: no profile against that level). */
    public Assessment assess(Integer box, Double targetFit, int version) {
        String inputs = "box " + (box == null ? "none" : box) + ", target fit "
                + (targetFit == null ? "unknown" : targetFit);
        if (box == null) {
            return new Assessment(Readiness.NOT_READY, "NO_PLACEMENT",
                    "Readiness policy v" + version + ": NOT_READY because the candidate has no nine-box placement yet (no profile).");
        }
        if (targetFit == null) {
            return new Assessment(Readiness.NOT_READY, "NO_TARGET_FIT", "Readiness policy v" + version
                    + ": NOT_READY because the profile has no fit against the position's job level (" + inputs + ").");
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.boxes().contains(box) && targetFit >= r.minTargetFit()) {
                return new Assessment(r.readiness(), r.readiness().name(), "Readiness policy v" + version + ", rule "
                        + (i + 1) + " (" + describe(r) + ") fired for " + inputs + ".");
            }
        }
        return new Assessment(Readiness.NOT_READY, "NOT_READY", "Readiness policy v" + version
                + ": no rule matched " + inputs + " (" + rules.stream().map(ReadinessPolicy::describe)
                        .collect(Collectors.joining("; ")) + "), so NOT_READY.");
    }

    static String describe(Rule r) {
        return r.readiness() + ": box in {" + new TreeSet<>(r.boxes()).stream().map(String::valueOf)
                .collect(Collectors.joining(",")) + "} and fit >= " + r.minTargetFit();
    }
}
