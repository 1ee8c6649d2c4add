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
}
