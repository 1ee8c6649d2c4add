package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * Why the profile says what it says: a readable sentence plus the structured inputs and thresholds that applied, and
 * for each category the rule that fired ({@code mappingRule}, {@code selectionRule}, {@code potentialRule}).
 */
public record Explanation(
        String summary,
        int frameworkVersion,
        JobLevel jobLevel,
        String jobLevelSource,
        JpmFormula formula,
        BigDecimal sumAchievedCounted,
        BigDecimal sumRequired,
        MappingThresholds mappingThresholds,
        SelectionThresholds selectionThresholds,
        PotentialPolicy potentialPolicy,
        BigDecimal potentialAspectMean,
        List<String> notAssessed,
        List<String> ignoredCompetencies,
        String mappingRule,
        String selectionRule,
        String potentialRule) {}
