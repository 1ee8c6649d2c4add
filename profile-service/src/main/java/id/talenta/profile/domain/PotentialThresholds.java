package id.talenta.profile.domain;

import java.math.BigDecimal;

/** Potential category (default): TINGGI ≥ tinggi, MENENGAH ≥ menengah, else RENDAH. */
public record PotentialThresholds(BigDecimal tinggi, BigDecimal menengah) {

    public PotentialCategory categorise(BigDecimal score) {
        if (score.compareTo(tinggi) >= 0) {
            return PotentialCategory.TINGGI;
        }
        return score.compareTo(menengah) >= 0 ? PotentialCategory.MENENGAH : PotentialCategory.RENDAH;
    }

    /** The rule that fired for {@code score}, e.g. {@code RENDAH: potential 70.00 < 78}. */
    public String rule(BigDecimal score) {
        return CategoryRule.describe(categorise(score).name(), "potential", score, tinggi, menengah);
    }
}
