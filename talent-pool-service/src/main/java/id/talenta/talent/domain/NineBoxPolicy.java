package id.talenta.talent.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The nine-box policy (PermenPANRB 3/2020; grid and actions are practice, docs/domain.md): how an SKP rating maps
 * to the performance axis, which box each potential x performance cell is, what each box recommends and which
 * boxes form the talent pool. Pure data plus the placement rule; versions live in the database.
 *
 * @param unratedPerformance the column used for someone with no SKP rating on record (default BELOW: nobody
 *                           enters the pool without evidence of performance, yet a high potential stays visible)
 * @param performanceAxis    how the ratings on record become the performance axis ({@link PerformanceAxis}; a
 *                           policy without it reads the latest year, as before)
 */
public record NineBoxPolicy(
        Map<SkpRating, PerformanceLevel> performanceMapping,
        PerformanceLevel unratedPerformance,
        Map<PotentialLevel, Map<PerformanceLevel, Integer>> grid,
        Map<Integer, List<String>> recommendedActions,
        Set<Integer> poolBoxes,
        PerformanceAxis performanceAxis) {

    public NineBoxPolicy {
        if (performanceAxis == null) {
            performanceAxis = PerformanceAxis.LATEST;
        }
    }

    /** A policy that reads the latest SKP year (the default performance axis). */
    public NineBoxPolicy(
            Map<SkpRating, PerformanceLevel> performanceMapping,
            PerformanceLevel unratedPerformance,
            Map<PotentialLevel, Map<PerformanceLevel, Integer>> grid,
            Map<Integer, List<String>> recommendedActions,
            Set<Integer> poolBoxes) {
        this(performanceMapping, unratedPerformance, grid, recommendedActions, poolBoxes, PerformanceAxis.LATEST);
    }

    /**
     * What the placement rule needs about one person; {@code frameworkVersion} and the potential thresholds
     * ({@code potentialTinggi}, {@code potentialMenengah}) are those the profile was computed with, for the
     * explanation (null when the profile did not say).
     */
    public record Inputs(
            PotentialLevel potential,
            Double potentialScore,
            int profileRevision,
            SkpRating latestRating,
            Integer ratingYear,
            Integer calibratedBox,
            boolean active,
            String frameworkVersion,
            java.math.BigDecimal potentialTinggi,
            java.math.BigDecimal potentialMenengah,
            Integer calibrationReviewYear,
            java.time.LocalDate calibratedOn,
            java.util.NavigableMap<Integer, SkpRating> ratings,
            Integer currentYear) {

        /** Inputs with all ratings on record, counted back from the latest (no current year). */
        public Inputs(
                PotentialLevel potential,
                Double potentialScore,
                int profileRevision,
                SkpRating latestRating,
                Integer ratingYear,
                Integer calibratedBox,
                boolean active,
                String frameworkVersion,
                java.math.BigDecimal potentialTinggi,
                java.math.BigDecimal potentialMenengah,
                Integer calibrationReviewYear,
                java.time.LocalDate calibratedOn,
                java.util.NavigableMap<Integer, SkpRating> ratings) {
            this(
                    potential,
                    potentialScore,
                    profileRevision,
                    latestRating,
                    ratingYear,
                    calibratedBox,
                    active,
                    frameworkVersion,
                    potentialTinggi,
                    potentialMenengah,
                    calibrationReviewYear,
                    calibratedOn,
                    ratings,
                    null);
        }

        /** Inputs whose ratings on record are only {@code latestRating} of {@code ratingYear}. */
        public Inputs(
                PotentialLevel potential,
                Double potentialScore,
                int profileRevision,
                SkpRating latestRating,
                Integer ratingYear,
                Integer calibratedBox,
                boolean active,
                String frameworkVersion,
                java.math.BigDecimal potentialTinggi,
                java.math.BigDecimal potentialMenengah,
                Integer calibrationReviewYear,
                java.time.LocalDate calibratedOn) {
            this(
                    potential,
                    potentialScore,
                    profileRevision,
                    latestRating,
                    ratingYear,
                    calibratedBox,
                    active,
                    frameworkVersion,
                    potentialTinggi,
                    potentialMenengah,
                    calibrationReviewYear,
                    calibratedOn,
                    latestRating == null || ratingYear == null
                            ? new java.util.TreeMap<>()
                            : new java.util.TreeMap<>(Map.of(ratingYear, latestRating)));
        }

        /** Inputs without framework version, thresholds and calibration period. */
        public Inputs(
                PotentialLevel potential,
                Double potentialScore,
                int profileRevision,
                SkpRating latestRating,
                Integer ratingYear,
                Integer calibratedBox,
                boolean active) {
            this(
                    potential,
                    potentialScore,
                    profileRevision,
                    latestRating,
                    ratingYear,
                    calibratedBox,
                    active,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
    }

    /** Every reason this policy cannot be used, as (field, message); empty when valid. */
    public List<String[]> violations() {
        List<String[]> errors = new ArrayList<>();
        if (performanceMapping == null
                || !performanceMapping.keySet().containsAll(List.of(SkpRating.values()))
                || performanceMapping.values().stream().anyMatch(v -> v == null)) {
            errors.add(new String[] {
                "performanceMapping",
                "must map every SKP rating (" + List.of(SkpRating.values()) + ") to ABOVE, MEETS or BELOW"
            });
        }
        if (unratedPerformance == null) {
            errors.add(new String[] {"unratedPerformance", "must be ABOVE, MEETS or BELOW"});
        }
        Set<Integer> boxes = new HashSet<>();
        int cells = 0;
        boolean gridComplete = grid != null;
        if (grid != null) {
            for (PotentialLevel p : PotentialLevel.values()) {
                Map<PerformanceLevel, Integer> row = grid.get(p);
                for (PerformanceLevel perf : PerformanceLevel.values()) {
                    Integer box = row == null ? null : row.get(perf);
                    if (box == null) {
                        gridComplete = false;
                    } else {
                        cells++;
                        boxes.add(box);
                    }
                }
            }
        }
        if (!gridComplete || cells != 9 || !boxes.equals(allBoxes())) {
            errors.add(
                    new String[] {"grid", "must give each of the 9 potential x performance cells a distinct box 1..9"});
        }
        if (recommendedActions == null
                || !recommendedActions.keySet().containsAll(allBoxes())
                || !allBoxes().containsAll(recommendedActions.keySet())
                || recommendedActions.values().stream()
                        .anyMatch(
                                a -> a == null || a.isEmpty() || a.stream().anyMatch(s -> s == null || s.isBlank()))) {
            errors.add(new String[] {"recommendedActions", "must list at least one action for each box 1..9"});
        }
        if (poolBoxes == null || poolBoxes.isEmpty() || !allBoxes().containsAll(poolBoxes)) {
            errors.add(new String[] {"poolBoxes", "must be a non-empty set of boxes 1..9"});
        }
        errors.addAll(performanceAxis.violations());
        return errors;
    }

    public int boxOf(PotentialLevel potential, PerformanceLevel performance) {
        return grid.get(potential).get(performance);
    }

    public PerformanceLevel performanceOf(SkpRating rating) {
        return performanceMapping.get(rating);
    }

    /** Places one person: computed box from the axes, effective box = the committee's calibration when present. */
    public NineBoxPlacement place(Inputs in, int version) {
        PerformanceAxis.Outcome axis = performanceAxis.assess(in.ratings(), performanceMapping, in.currentYear());
        PerformanceLevel performance = axis.level();
        PerformanceLevel column = performance == null ? unratedPerformance : performance;
        int computed = boxOf(in.potential(), column);
        boolean calibrated = in.calibratedBox() != null;
        int box = calibrated ? in.calibratedBox() : computed;
        boolean inPool = in.active() && poolBoxes.contains(box);
        List<String> actions = List.copyOf(recommendedActions.get(box));

        StringBuilder why = new StringBuilder();
        why.append("Nine-box policy v")
                .append(version)
                .append(": potential ")
                .append(in.potential())
                .append(" (profile revision ")
                .append(in.profileRevision());
        if (in.frameworkVersion() != null) {
            why.append(", competency framework v").append(in.frameworkVersion());
        }
        if (in.potentialScore() != null) {
            why.append(", score ").append(in.potentialScore());
        }
        if (in.potentialTinggi() != null && in.potentialMenengah() != null) {
            why.append("; TINGGI ≥ ")
                    .append(in.potentialTinggi().stripTrailingZeros().toPlainString())
                    .append(", MENENGAH ≥ ")
                    .append(in.potentialMenengah().stripTrailingZeros().toPlainString())
                    .append(", else RENDAH");
        }
        why.append(") x performance ");
        if (axis.year() == null) {
            why.append(column)
                    .append(" (no SKP rating on record; unrated participants are placed in the ")
                    .append(column)
                    .append(" column)");
        } else if (performance == null) {
            why.append(column)
                    .append(" (")
                    .append(axis.explanation())
                    .append("; unrated participants are placed in " + "the ")
                    .append(column)
                    .append(" column)");
        } else {
            why.append(performance).append(" (").append(axis.explanation()).append(')');
        }
        why.append(" gives box ").append(computed).append('.');
        if (calibrated) {
            why.append(" Calibrated by the talent committee to box ").append(box);
            if (in.calibratedOn() != null) {
                why.append(" on ").append(in.calibratedOn());
            }
            why.append(" for the review period ")
                    .append(
                            in.calibrationReviewYear() == null
                                    ? "without an SKP rating"
                                    : "SKP " + in.calibrationReviewYear())
                    .append(" (it lapses with a newer SKP year or a new " + "assessment result).");
        }
        if (!in.active()) {
            why.append(" Participant is inactive: not in the talent pool.");
        } else {
            why.append(inPool ? " In the talent pool" : " Not in the talent pool")
                    .append(" (pool boxes ")
                    .append(new TreeSet<>(poolBoxes)
                            .stream().map(String::valueOf).collect(Collectors.joining(", ")))
                    .append(").");
        }
        return new NineBoxPlacement(
                box, computed, calibrated, performance, axis.year(), in.potential(), inPool, actions, why.toString());
    }

    private static Set<Integer> allBoxes() {
        return Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}
