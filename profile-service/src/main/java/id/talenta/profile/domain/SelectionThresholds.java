package id.talenta.profile.domain;

import java.math.BigDecimal;

/** Selection category by JPM (practice, BKN): MEMENUHI_SYARAT ≥ memenuhiSyarat, MASIH_... ≥ masihMemenuhiSyarat. */
public record SelectionThresholds(BigDecimal memenuhiSyarat, BigDecimal masihMemenuhiSyarat) {

    public SelectionCategory categorise(BigDecimal jpm) {
        if (jpm.compareTo(memenuhiSyarat) >= 0) {
            return SelectionCategory.MEMENUHI_SYARAT;
        }
        return jpm.compareTo(masihMemenuhiSyarat) >= 0
                ? SelectionCategory.MASIH_MEMENUHI_SYARAT
                : SelectionCategory.KURANG_MEMENUHI_SYARAT;
    }

    /** The rule that fired for {@code jpm}, e.g. {@code MEMENUHI_SYARAT: JPM 85.00 ≥ 80}. */
    public String rule(BigDecimal jpm) {
        return CategoryRule.describe(categorise(jpm).name(), "JPM", jpm, memenuhiSyarat, masihMemenuhiSyarat);
    }
}
