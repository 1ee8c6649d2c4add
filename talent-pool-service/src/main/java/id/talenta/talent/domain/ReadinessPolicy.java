package id.talenta.talent.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The readiness policy (docs/domain.md, default): an ordered lookup of rules "box in B and target fit >= F gives R";
 * the first that matches fires, otherwise the {@code fallback} level (default NOT_READY). The set of readiness
 * levels itself is data ({@code levels}: code, order, label; default READY_NOW, READY_1_2_YEARS,
 * READY_3_PLUS_YEARS, NOT_READY). It also carries the eligibility and vacancy-risk settings, so one versioned
 * document holds the whole succession policy.
 */
public record ReadinessPolicy(
        List<Rule> rules,
        Map<JobLevel, List<JobLevel>> feederLevels,
        boolean allowLateral,
        int retirementExclusionMonths,
        VacancyRiskThresholds vacancyRisk,
        CandidateScope candidateScope,
        AutomaticCandidates automaticCandidates,
        ExpiredAssessments expiredAssessments,
        List<ReadinessLevel> levels,
        Readiness fallback) {

    /** The readiness levels of the default policy (docs/domain.md), best first. */
    public static final List<ReadinessLevel> DEFAULT_LEVELS = List.of(
            new ReadinessLevel("READY_NOW", 1, "Siap sekarang"),
            new ReadinessLevel("READY_1_2_YEARS", 2, "Siap dalam 1–2 tahun"),
            new ReadinessLevel("READY_3_PLUS_YEARS", 3, "Siap dalam 3 tahun atau lebih"),
            new ReadinessLevel("NOT_READY", 4, "Belum siap"));

    /** The level when no rule matches, in the default policy. */
    public static final Readiness DEFAULT_FALLBACK = Readiness.of("NOT_READY");

    /**
     * A policy stored or sent without {@code automaticCandidates}, {@code expiredAssessments}, {@code levels} or
     * {@code fallback} keeps the defaults: the talent pool, no automatic candidacy on an expired assessment result,
     * the four levels of docs/domain.md and NOT_READY.
     */
    public ReadinessPolicy {
        if (automaticCandidates == null) {
            automaticCandidates = AutomaticCandidates.TALENT_POOL;
        }
        if (expiredAssessments == null) {
            expiredAssessments = ExpiredAssessments.NO_AUTOMATIC_CANDIDACY;
        }
        if (levels == null) {
            levels = DEFAULT_LEVELS;
        }
        if (fallback == null) {
            fallback = DEFAULT_FALLBACK;
        }
    }

    /** A policy with the default readiness levels. */
    public ReadinessPolicy(
            List<Rule> rules,
            Map<JobLevel, List<JobLevel>> feederLevels,
            boolean allowLateral,
            int retirementExclusionMonths,
            VacancyRiskThresholds vacancyRisk,
            CandidateScope candidateScope,
            AutomaticCandidates automaticCandidates,
            ExpiredAssessments expiredAssessments) {
        this(
                rules,
                feederLevels,
                allowLateral,
                retirementExclusionMonths,
                vacancyRisk,
                candidateScope,
                automaticCandidates,
                expiredAssessments,
                DEFAULT_LEVELS,
                DEFAULT_FALLBACK);
    }

    /** Whether {@code code} is one of the policy's readiness levels (INELIGIBLE never is). */
    public boolean isLevel(String code) {
        return levels.stream().anyMatch(l -> l.code().equals(code));
    }

    /** The place of a readiness in the order of the levels (1 = best); after every level when it is none. */
    public int orderOf(Readiness readiness) {
        return levels.stream()
                .filter(l -> l.code().equals(readiness.code()))
                .mapToInt(ReadinessLevel::order)
                .findFirst()
                .orElse(Integer.MAX_VALUE);
    }

    /** The codes of the levels, best first. */
    public List<String> levelCodes() {
        return levels.stream()
                .sorted(java.util.Comparator.comparingInt(ReadinessLevel::order))
                .map(ReadinessLevel::code)
                .toList();
    }

    /** A policy with the default handling of expired assessment results. */
    public ReadinessPolicy(
            List<Rule> rules,
            Map<JobLevel, List<JobLevel>> feederLevels,
            boolean allowLateral,
            int retirementExclusionMonths,
            VacancyRiskThresholds vacancyRisk,
            CandidateScope candidateScope,
            AutomaticCandidates automaticCandidates) {
        this(
                rules,
                feederLevels,
                allowLateral,
                retirementExclusionMonths,
                vacancyRisk,
                candidateScope,
                automaticCandidates,
                ExpiredAssessments.NO_AUTOMATIC_CANDIDACY);
    }

    /** A policy whose automatic candidates are the talent pool (the default). */
    public ReadinessPolicy(
            List<Rule> rules,
            Map<JobLevel, List<JobLevel>> feederLevels,
            boolean allowLateral,
            int retirementExclusionMonths,
            VacancyRiskThresholds vacancyRisk,
            CandidateScope candidateScope) {
        this(
                rules,
                feederLevels,
                allowLateral,
                retirementExclusionMonths,
                vacancyRisk,
                candidateScope,
                AutomaticCandidates.TALENT_POOL,
                ExpiredAssessments.NO_AUTOMATIC_CANDIDACY);
    }

    /** True when automatic candidacy is limited to talent-pool members (the succession group). */
    public boolean poolOnly() {
        return automaticCandidates == AutomaticCandidates.TALENT_POOL;
    }

    public record Rule(Readiness readiness, Set<Integer> boxes, Double minTargetFit) {}

    public record VacancyRiskThresholds(int highWithinMonths, int mediumWithinMonths) {}

    /** The readiness that fired and why. */
    public record Assessment(Readiness readiness, String rule, String explanation) {}

    public List<String[]> violations() {
        List<String[]> errors = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>();
        Set<Integer> orders = new java.util.HashSet<>();
        if (levels.isEmpty()) {
            errors.add(new String[] {"levels", "must list at least one readiness level"});
        }
        for (int i = 0; i < levels.size(); i++) {
            ReadinessLevel l = levels.get(i);
            String at = "levels[" + i + "]";
            if (l == null
                    || l.code() == null
                    || !l.code().matches("[A-Z][A-Z0-9_]{0,39}")
                    || l.code().equals(Readiness.INELIGIBLE.code())
                    || !codes.add(l.code())) {
                errors.add(new String[] {
                    at + ".code",
                    "must be a distinct code of capitals, digits and _ (at most 40; "
                            + "INELIGIBLE is the platform's own, not a level)"
                });
            }
            if (l == null || l.order() < 1 || !orders.add(l.order())) {
                errors.add(new String[] {at + ".order", "must be a distinct position, 1 = best"});
            }
            if (l == null
                    || l.label() == null
                    || l.label().isBlank()
                    || l.label().length() > 100) {
                errors.add(new String[] {at + ".label", "must be given (at most 100 characters)"});
            }
        }
        if (!isLevel(fallback.code())) {
            errors.add(new String[] {"fallback", "must be one of the levels " + levelCodes()});
        }
        if (rules == null || rules.isEmpty()) {
            errors.add(new String[] {"rules", "must list at least one rule"});
        } else {
            for (int i = 0; i < rules.size(); i++) {
                Rule r = rules.get(i);
                String at = "rules[" + i + "]";
                if (r == null
                        || r.readiness() == null
                        || !isLevel(r.readiness().code())
                        || r.readiness().equals(fallback)) {
                    errors.add(new String[] {
                        at + ".readiness",
                        "must be one of the levels " + levelCodes() + " other than the fallback " + fallback
                                + " (which applies when no rule matches)"
                    });
                }
                if (r == null
                        || r.boxes() == null
                        || r.boxes().isEmpty()
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
        if (vacancyRisk == null
                || vacancyRisk.highWithinMonths() < 0
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
        String inputs =
                "box " + (box == null ? "none" : box) + ", target fit " + (targetFit == null ? "unknown" : targetFit);
        if (box == null) {
            return new Assessment(
                    fallback,
                    "NO_PLACEMENT",
                    "Readiness policy v" + version + ": " + fallback
                            + " because the candidate has no nine-box placement yet (no profile).");
        }
        if (targetFit == null) {
            return new Assessment(
                    fallback,
                    "NO_TARGET_FIT",
                    "Readiness policy v" + version + ": " + fallback
                            + " because the profile has no fit against the position's job level (" + inputs + ").");
        }
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.boxes().contains(box) && targetFit >= r.minTargetFit()) {
                return new Assessment(
                        r.readiness(),
                        r.readiness().code(),
                        "Readiness policy v" + version + ", rule " + (i + 1) + " (" + describe(r) + ") fired for "
                                + inputs + ".");
            }
        }
        return new Assessment(
                fallback,
                fallback.code(),
                "Readiness policy v" + version
                        + ": no rule matched " + inputs + " ("
                        + rules.stream().map(ReadinessPolicy::describe).collect(Collectors.joining("; ")) + "), so "
                        + fallback + ".");
    }

    static String describe(Rule r) {
        return r.readiness() + ": box in {"
                + new TreeSet<>(r.boxes()).stream().map(String::valueOf).collect(Collectors.joining(","))
                + "} and fit >= " + r.minTargetFit();
    }
}
