package id.talenta.talent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;

/**
 * How the nine-box performance axis is read from the SKP ratings on record (part of the versioned nine-box policy).
 * {@code LATEST_YEAR} (the default, today's behaviour): the latest year's rating through the policy's
 * performanceMapping. {@code WEIGHTED_YEARS}: the years N, N-1, ... ({@code years}: offset and weight, e.g. 0 → 60,
 * 1 → 40) counted back from N = the latest year on record ({@code anchor} LATEST_RATED, the default) or N = the
 * current year in the business time zone ({@code CURRENT_YEAR}, for rules such as "N-1 and N-2"), each rating scored
 * by {@code ratingScores}, the weighted mean compared with {@code aboveFrom} and {@code meetsFrom}; a missing year
 * is either left out with the weights of the others renormalised ({@code REWEIGHT}) or makes the person unrated
 * ({@code UNRATED}). No rating in any of the years is unrated either way.
 */
public record PerformanceAxis(
        Rule rule,
        List<YearWeight> years,
        Map<SkpRating, BigDecimal> ratingScores,
        BigDecimal aboveFrom,
        BigDecimal meetsFrom,
        MissingYear missingYear,
        Anchor anchor) {

    public enum Rule {
        LATEST_YEAR,
        WEIGHTED_YEARS
    }

    public enum MissingYear {
        REWEIGHT,
        UNRATED
    }

    public enum Anchor {
        LATEST_RATED,
        CURRENT_YEAR
    }

    public PerformanceAxis {
        if (anchor == null) {
            anchor = Anchor.LATEST_RATED;
        }
    }

    /** A rule counted back from the latest year on record. */
    public PerformanceAxis(
            Rule rule,
            List<YearWeight> years,
            Map<SkpRating, BigDecimal> ratingScores,
            BigDecimal aboveFrom,
            BigDecimal meetsFrom,
            MissingYear missingYear) {
        this(rule, years, ratingScores, aboveFrom, meetsFrom, missingYear, Anchor.LATEST_RATED);
    }

    /** A year counted back from the latest ({@code offset} 0 = N, 1 = N-1) and its weight. */
    public record YearWeight(int offset, BigDecimal weight) {}

    /** The performance read from the ratings: null level = unrated; the year and rating shown are the latest. */
    public record Outcome(PerformanceLevel level, Integer year, SkpRating latestRating, String explanation) {}

    public static final PerformanceAxis LATEST = new PerformanceAxis(Rule.LATEST_YEAR, null, null, null, null, null);

    /** How many of the latest SKP years this rule reads (the evaluator loads that many). */
    public int yearsRead() {
        if (rule != Rule.WEIGHTED_YEARS || years == null) {
            return 1;
        }
        return years.stream().mapToInt(YearWeight::offset).max().orElse(0) + 1;
    }

    /** Every reason this rule cannot be used, as (field, message), fields under {@code performanceAxis}. */
    public List<String[]> violations() {
        List<String[]> errors = new ArrayList<>();
        if (rule == null) {
            errors.add(new String[] {"performanceAxis.rule", "must be LATEST_YEAR or WEIGHTED_YEARS"});
            return errors;
        }
        if (rule == Rule.LATEST_YEAR) {
            return errors;
        }
        if (years == null || years.isEmpty()) {
            errors.add(new String[] {
                "performanceAxis.years", "must list at least one year (offset from the latest " + "year, weight)"
            });
        } else {
            Set<Integer> offsets = new HashSet<>();
            for (int i = 0; i < years.size(); i++) {
                YearWeight y = years.get(i);
                if (y == null || y.offset() < 0 || y.offset() > 10 || !offsets.add(y.offset())) {
                    errors.add(new String[] {
                        "performanceAxis.years[" + i + "].offset",
                        "must be a distinct number of years back from the latest, 0..10"
                    });
                }
                if (y == null || y.weight() == null || y.weight().signum() <= 0) {
                    errors.add(new String[] {"performanceAxis.years[" + i + "].weight", "must be positive"});
                }
            }
        }
        if (ratingScores == null
                || !ratingScores.keySet().containsAll(List.of(SkpRating.values()))
                || ratingScores.values().stream().anyMatch(v -> v == null)) {
            errors.add(new String[] {
                "performanceAxis.ratingScores", "must score every SKP rating (" + List.of(SkpRating.values()) + ")"
            });
        }
        if (aboveFrom == null || meetsFrom == null || aboveFrom.compareTo(meetsFrom) < 0) {
            errors.add(new String[] {"performanceAxis.aboveFrom", "needs aboveFrom >= meetsFrom, both given"});
        }
        if (missingYear == null) {
            errors.add(new String[] {"performanceAxis.missingYear", "must be REWEIGHT or UNRATED"});
        }
        return errors;
    }

    /** Reads the axis from the ratings on record (year → rating; may be empty), counting back from the latest. */
    public Outcome assess(NavigableMap<Integer, SkpRating> ratings, Map<SkpRating, PerformanceLevel> mapping) {
        return assess(ratings, mapping, null);
    }

    /** As above; {@code currentYear} (business time zone) anchors a CURRENT_YEAR rule (null: the latest rated). */
    public Outcome assess(
            NavigableMap<Integer, SkpRating> ratings, Map<SkpRating, PerformanceLevel> mapping, Integer currentYear) {
        if (ratings == null || ratings.isEmpty()) {
            return new Outcome(null, null, null, null);
        }
        int latestYear = ratings.lastKey();
        int anchorYear = anchor == Anchor.CURRENT_YEAR && currentYear != null ? currentYear : latestYear;
        SkpRating latest = ratings.get(latestYear);
        if (rule != Rule.WEIGHTED_YEARS) {
            PerformanceLevel level = mapping.get(latest);
            return new Outcome(level, latestYear, latest, "SKP " + latestYear + " " + latest + " maps to " + level);
        }
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        List<String> parts = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        for (YearWeight y : years) {
            int year = anchorYear - y.offset();
            SkpRating r = ratings.get(year);
            if (r == null) {
                missing.add(year);
                continue;
            }
            BigDecimal score = ratingScores.get(r);
            weighted = weighted.add(score.multiply(y.weight()));
            weights = weights.add(y.weight());
            parts.add("SKP " + year + " " + r + " (" + plain(score) + ") × " + plain(y.weight()));
        }
        if (weights.signum() == 0 || !missing.isEmpty() && missingYear == MissingYear.UNRATED) {
            return new Outcome(
                    null,
                    latestYear,
                    latest,
                    "no SKP rating for " + years(missing)
                            + ", which the multi-year rule needs (missing years count as unrated)");
        }
        BigDecimal mean = weighted.divide(weights, 2, RoundingMode.HALF_UP);
        PerformanceLevel level = mean.compareTo(aboveFrom) >= 0
                ? PerformanceLevel.ABOVE
                : mean.compareTo(meetsFrom) >= 0 ? PerformanceLevel.MEETS : PerformanceLevel.BELOW;
        String explanation = "weighted " + String.join(" + ", parts) + " / " + plain(weights) + " = " + plain(mean)
                + " gives " + level + " (ABOVE ≥ " + plain(aboveFrom) + ", MEETS ≥ " + plain(meetsFrom) + ")"
                + (missing.isEmpty() ? "" : "; no rating for " + years(missing) + ", the other weights renormalised");
        return new Outcome(level, latestYear, latest, explanation);
    }

    private static String years(List<Integer> ys) {
        return ys.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
