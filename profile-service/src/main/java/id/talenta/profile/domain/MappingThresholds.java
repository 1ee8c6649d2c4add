package id.talenta.profile.domain;

import java.math.BigDecimal;

/** Mapping category by JPM (practice, BKN): OPTIMAL ≥ optimal, CUKUP_OPTIMAL ≥ cukupOptimal, else KURANG_OPTIMAL. */
public record MappingThresholds(BigDecimal optimal, BigDecimal cukupOptimal) {

    public MappingCategory categorise(BigDecimal jpm) {
        if (jpm.compareTo(optimal) >= 0) {
            return MappingCategory.OPTIMAL;
        }
        return jpm.compareTo(cukupOptimal) >= 0 ? MappingCategory.CUKUP_OPTIMAL : MappingCategory.KURANG_OPTIMAL;
    }

    /** The rule that fired for {@code jpm}, e.g. {@code CUKUP_OPTIMAL: JPM 80.00 ≥ 78 and < 90}. */
    public String rule(BigDecimal jpm) {
        return CategoryRule.describe(categorise(jpm).name(), "JPM", jpm, optimal, cukupOptimal);
    }
}
