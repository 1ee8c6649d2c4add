package id.talenta.profile.domain;

import java.math.BigDecimal;

/** How a three-band category rule (upper and lower threshold) reads when it fires: the explanation's rule text. */
final class CategoryRule {

    private CategoryRule() {}

    /** {@code TOP: name v ≥ upper}, {@code MIDDLE: name v ≥ lower and < upper} or {@code BOTTOM: name v < lower}. */
    static String describe(String category, String name, BigDecimal value, BigDecimal upper, BigDecimal lower) {
        String v = name + " " + value.toPlainString();
        if (value.compareTo(upper) >= 0) {
            return category + ": " + v + " ≥ " + upper.toPlainString();
        }
        if (value.compareTo(lower) >= 0) {
            return category + ": " + v + " ≥ " + lower.toPlainString() + " and < " + upper.toPlainString();
        }
        return category + ": " + v + " < " + lower.toPlainString();
    }
}
