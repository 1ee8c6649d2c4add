package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Everything a profile says about a person against one job level's standard. */
public record ProfileComputation(
        int frameworkVersion,
        JobLevel jobLevel,
        List<CompetencyScore> competencies,
        BigDecimal jpm,
        MappingCategory mappingCategory,
        SelectionCategory selectionCategory,
        Potential potential,
        List<DevelopmentNeed> developmentNeeds,
        Map<JobLevel, BigDecimal> fitByJobLevel,
        Explanation explanation) {

    /**
     * A canonical digest of the outcome (not of when or with which framework version it was computed):
     * two computations with the same fingerprint say the same thing about the person.
     */
    public String fingerprint() {
        StringBuilder sb = new StringBuilder().append(jobLevel).append('|');
        competencies.forEach(c -> sb.append(c.code())
                .append(':')
                .append(c.type())
                .append(':')
                .append(plain(c.required()))
                .append(':')
                .append(plain(c.achieved()))
                .append(';'));
        sb.append('|')
                .append(plain(jpm))
                .append('|')
                .append(mappingCategory)
                .append('|')
                .append(selectionCategory)
                .append('|')
                .append(plain(potential.score()))
                .append('|')
                .append(potential.category())
                .append('|');
        developmentNeeds.forEach(d ->
                sb.append(d.competency()).append(':').append(d.recommendation()).append(';'));
        sb.append('|')
                .append(fitByJobLevel.entrySet().stream()
                        .map(e -> e.getKey() + "=" + plain(e.getValue()))
                        .collect(Collectors.joining(",")));
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
