package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a competency profile from an assessment result against one job level's standard of a framework.
 * Competencies the framework does not know are ignored; framework competencies the result did not assess
 * are left out of the JPM (both sums) and listed as not assessed. Both lists are in the explanation.
 */
public final class ProfileCalculator {

    private ProfileCalculator() {}

    public static ProfileComputation compute(
            CompetencyFramework framework, JobLevel jobLevel, String jobLevelSource, AssessmentInput input) {
        FrameworkDefinition def = framework.definition();
        Map<String, BigDecimal> achieved = achievedByCode(input);
        List<CompetencyScore> scores = scoresFor(def, jobLevel, achieved);
        List<String> notAssessed = def.competencies().stream()
                .map(CompetencyDefinition::code)
                .filter(code -> !achieved.containsKey(code))
                .toList();
        List<String> ignored = input.competencies().stream()
                .map(AssessmentInput.AchievedLevel::code)
                .filter(code -> def.competency(code).isEmpty())
                .toList();

        JpmPolicy jpmPolicy = def.jpmPolicy();
        BigDecimal jpm = JobPersonMatch.of(jpmPolicy.formula(), scores);
        MappingCategory mapping = jpmPolicy.mappingThresholds().categorise(jpm);
        SelectionCategory selection = jpmPolicy.selectionThresholds().categorise(jpm);
        List<BigDecimal> aspects = input.hasPotentialAssessment()
                ? input.potentialAspects().stream()
                        .map(AssessmentInput.AspectScore::score)
                        .toList()
                : List.of();
        Potential potential = PotentialScore.of(def.potentialPolicy(), jpm, aspects);
        List<DevelopmentNeed> needs = scores.stream()
                .filter(s -> !s.meets())
                .map(s -> DevelopmentBands.need(jpmPolicy.developmentBands(), s.code(), s.gap()))
                .toList();
        Map<JobLevel, BigDecimal> fit = fitByJobLevel(framework, achieved);

        BigDecimal counted = JobPersonMatch.counted(jpmPolicy.formula(), scores);
        BigDecimal required = JobPersonMatch.sumRequired(scores);
        String summary = summary(
                framework.version(),
                jobLevel,
                jpmPolicy,
                counted,
                required,
                jpm,
                mapping,
                selection,
                def.potentialPolicy(),
                potential,
                needs.size());
        Explanation explanation = new Explanation(
                summary,
                framework.version(),
                jobLevel,
                jobLevelSource,
                jpmPolicy.formula(),
                counted,
                required,
                jpmPolicy.mappingThresholds(),
                jpmPolicy.selectionThresholds(),
                def.potentialPolicy(),
                potential.aspectMean(),
                notAssessed,
                ignored,
                jpmPolicy.mappingThresholds().rule(jpm),
                jpmPolicy.selectionThresholds().rule(jpm),
                def.potentialPolicy().thresholds().rule(potential.score()));
        return new ProfileComputation(
                framework.version(), jobLevel, scores, jpm, mapping, selection, potential, needs, fit, explanation);
    }

    /** "How well would this person fit job level X?": the JPM against every job level's standard. */
    public static Map<JobLevel, BigDecimal> fitByJobLevel(
            CompetencyFramework framework, Map<String, BigDecimal> achieved) {
        Map<JobLevel, BigDecimal> fit = new EnumMap<>(JobLevel.class);
        for (JobLevel level : JobLevel.values()) {
            fit.put(
                    level,
                    JobPersonMatch.of(
                            framework.definition().jpmPolicy().formula(),
                            scoresFor(framework.definition(), level, achieved)));
        }
        return fit;
    }

    static Map<String, BigDecimal> achievedByCode(AssessmentInput input) {
        Map<String, BigDecimal> achieved = new HashMap<>();
        for (AssessmentInput.AchievedLevel level : input.competencies()) {
            if (achieved.put(level.code(), level.level()) != null) {
                throw new UnusableResultException("competency " + level.code() + " appears twice in the result");
            }
        }
        return achieved;
    }

    private static List<CompetencyScore> scoresFor(
            FrameworkDefinition def, JobLevel jobLevel, Map<String, BigDecimal> achieved) {
        List<CompetencyScore> scores = new ArrayList<>();
        for (CompetencyDefinition competency : def.competencies()) {
            BigDecimal level = achieved.get(competency.code());
            if (level != null) {
                scores.add(CompetencyScore.of(competency, def.requiredLevel(jobLevel, competency.code()), level));
            }
        }
        if (scores.isEmpty()) {
            throw new UnusableResultException("none of the assessed competencies is in the framework");
        }
        return scores;
    }

    private static String summary(
            int version,
            JobLevel jobLevel,
            JpmPolicy policy,
            BigDecimal counted,
            BigDecimal required,
            BigDecimal jpm,
            MappingCategory mapping,
            SelectionCategory selection,
            PotentialPolicy potentialPolicy,
            Potential potential,
            int needs) {
        String formula = policy.formula() == JpmFormula.COMPENSATORY
                ? "Σ achieved " + counted.toPlainString() + " / Σ required " + required.toPlainString()
                        + " × 100, capped at 100 (compensatory)"
                : "Σ min(achieved, required) " + counted.toPlainString() + " / Σ required " + required.toPlainString()
                        + " × 100 (non-compensatory)";
        String potentialPart = potential.assessmentComponent() == null
                ? "potential " + potential.score().toPlainString() + " = JPM alone (no potential assessment)"
                : "potential " + potential.score().toPlainString() + " = "
                        + potentialPolicy.jpmWeight().toPlainString()
                        + "/" + potentialPolicy.assessmentWeight().toPlainString() + " weighted mean of JPM "
                        + potential.jpmComponent().toPlainString() + " and assessment "
                        + potential.assessmentComponent().toPlainString() + " (mean aspect "
                        + potential.aspectMean().toPlainString() + " / 5 × 100)";
        return "Against the " + jobLevel + " standard of framework v" + version + ", JPM " + jpm.toPlainString()
                + "% = " + formula + ": " + mapping + " (OPTIMAL ≥ "
                + policy.mappingThresholds().optimal().toPlainString() + ", CUKUP_OPTIMAL ≥ "
                + policy.mappingThresholds().cukupOptimal().toPlainString() + ") and " + selection
                + " (MEMENUHI_SYARAT ≥ "
                + policy.selectionThresholds().memenuhiSyarat().toPlainString()
                + ", MASIH_MEMENUHI_SYARAT ≥ "
                + policy.selectionThresholds().masihMemenuhiSyarat().toPlainString()
                + "); " + potentialPart + ": " + potential.category() + " (TINGGI ≥ "
                + potentialPolicy.thresholds().tinggi().toPlainString() + ", MENENGAH ≥ "
                + potentialPolicy.thresholds().menengah().toPlainString() + "); " + needs
                + (needs == 1 ? " competency" : " competencies") + " below the standard.";
    }
}
