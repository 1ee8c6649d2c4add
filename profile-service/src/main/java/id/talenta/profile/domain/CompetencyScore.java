package id.talenta.profile.domain;

import java.math.BigDecimal;

/** One competency measured against a standard: gap = achieved − required; meets when the gap is not negative. */
public record CompetencyScore(
        String code,
        String name,
        CompetencyType type,
        BigDecimal required,
        BigDecimal achieved,
        BigDecimal gap,
        boolean meets) {

    public static CompetencyScore of(CompetencyDefinition competency, int required, BigDecimal achieved) {
        BigDecimal req = BigDecimal.valueOf(required).setScale(2);
        BigDecimal ach = achieved.setScale(2, java.math.RoundingMode.HALF_UP);
        BigDecimal gap = ach.subtract(req);
        return new CompetencyScore(
                competency.code(), competency.name(), competency.type(), req, ach, gap, gap.signum() >= 0);
    }
}
