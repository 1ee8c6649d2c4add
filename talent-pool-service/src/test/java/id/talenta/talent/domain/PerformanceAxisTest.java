package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PerformanceAxisTest {

    static final Map<SkpRating, PerformanceLevel> MAPPING =
            SeededPolicies.nineBox().performanceMapping();
    static final Map<SkpRating, BigDecimal> SCORES = Map.of(
            SkpRating.SANGAT_BAIK,
            d("5"),
            SkpRating.BAIK,
            d("4"),
            SkpRating.BUTUH_PERBAIKAN,
            d("3"),
            SkpRating.KURANG,
            d("2"),
            SkpRating.SANGAT_KURANG,
            d("1"));

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static PerformanceAxis twoYears(PerformanceAxis.MissingYear missing) {
        return new PerformanceAxis(
                PerformanceAxis.Rule.WEIGHTED_YEARS,
                List.of(new PerformanceAxis.YearWeight(0, d("60")), new PerformanceAxis.YearWeight(1, d("40"))),
                SCORES,
                d("4.5"),
                d("3.5"),
                missing);
    }

    static TreeMap<Integer, SkpRating> ratings(Object... yearAndRating) {
        TreeMap<Integer, SkpRating> m = new TreeMap<>();
        for (int i = 0; i < yearAndRating.length; i += 2) {
            m.put((Integer) yearAndRating[i], (SkpRating) yearAndRating[i + 1]);
        }
        return m;
    }

    @Test
    void theDefaultReadsTheLatestYearOnly() {
        PerformanceAxis.Outcome o = SeededPolicies.nineBox()
                .performanceAxis()
                .assess(ratings(2023, SkpRating.SANGAT_BAIK, 2024, SkpRating.KURANG), MAPPING);
        assertEquals(PerformanceLevel.BELOW, o.level());
        assertEquals(2024, o.year());
        assertEquals("SKP 2024 KURANG maps to BELOW", o.explanation());
        assertEquals(1, PerformanceAxis.LATEST.yearsRead());
        assertNull(PerformanceAxis.LATEST.assess(new TreeMap<>(), MAPPING).level());
    }

    @Test
    void twoYearsWeighted60To40AtTheThresholds() {
        PerformanceAxis axis = twoYears(PerformanceAxis.MissingYear.REWEIGHT);
        assertEquals(2, axis.yearsRead());
        // 0.6 × 5 + 0.4 × 4 = 4.6 → ABOVE; 0.6 × 4 + 0.4 × 5 = 4.4 → MEETS: the latest year weighs more
        assertEquals(
                PerformanceLevel.ABOVE,
                axis.assess(ratings(2023, SkpRating.BAIK, 2024, SkpRating.SANGAT_BAIK), MAPPING)
                        .level());
        assertEquals(
                PerformanceLevel.MEETS,
                axis.assess(ratings(2023, SkpRating.SANGAT_BAIK, 2024, SkpRating.BAIK), MAPPING)
                        .level());
        // with equal weights: exactly 3.5 is MEETS, 3.0 BELOW, exactly 4.5 ABOVE
        PerformanceAxis equal = new PerformanceAxis(
                PerformanceAxis.Rule.WEIGHTED_YEARS,
                List.of(new PerformanceAxis.YearWeight(0, d("1")), new PerformanceAxis.YearWeight(1, d("1"))),
                SCORES,
                d("4.5"),
                d("3.5"),
                PerformanceAxis.MissingYear.REWEIGHT);
        assertEquals(
                PerformanceLevel.MEETS,
                equal.assess(ratings(2023, SkpRating.BAIK, 2024, SkpRating.BUTUH_PERBAIKAN), MAPPING)
                        .level());
        assertEquals(
                PerformanceLevel.BELOW,
                equal.assess(ratings(2023, SkpRating.BUTUH_PERBAIKAN, 2024, SkpRating.BUTUH_PERBAIKAN), MAPPING)
                        .level());
        assertEquals(
                PerformanceLevel.ABOVE,
                equal.assess(ratings(2023, SkpRating.BAIK, 2024, SkpRating.SANGAT_BAIK), MAPPING)
                        .level());
    }

    @Test
    void theExplanationNamesTheYearsAndWeights() {
        PerformanceAxis.Outcome o = twoYears(PerformanceAxis.MissingYear.REWEIGHT)
                .assess(ratings(2023, SkpRating.SANGAT_BAIK, 2024, SkpRating.BAIK), MAPPING);
        assertEquals(
                "weighted SKP 2024 BAIK (4) × 60 + SKP 2023 SANGAT_BAIK (5) × 40 / 100 = 4.4 gives MEETS "
                        + "(ABOVE ≥ 4.5, MEETS ≥ 3.5)",
                o.explanation());
        assertEquals(2024, o.year());
        assertEquals(SkpRating.BAIK, o.latestRating());
    }

    @Test
    void aMissingYearIsReweightedOrMakesThePersonUnratedByPolicy() {
        TreeMap<Integer, SkpRating> onlyLatest = ratings(2024, SkpRating.SANGAT_BAIK);
        PerformanceAxis.Outcome reweighted =
                twoYears(PerformanceAxis.MissingYear.REWEIGHT).assess(onlyLatest, MAPPING);
        assertEquals(PerformanceLevel.ABOVE, reweighted.level());
        assertTrue(
                reweighted.explanation().contains("no rating for 2023, the other weights renormalised"),
                reweighted.explanation());
        PerformanceAxis.Outcome unrated =
                twoYears(PerformanceAxis.MissingYear.UNRATED).assess(onlyLatest, MAPPING);
        assertNull(unrated.level());
        assertEquals(2024, unrated.year());
        assertTrue(unrated.explanation().contains("no SKP rating for 2023"), unrated.explanation());
        // a gap: 2022 does not stand in for 2023
        assertNull(twoYears(PerformanceAxis.MissingYear.UNRATED)
                .assess(ratings(2022, SkpRating.BAIK, 2024, SkpRating.BAIK), MAPPING)
                .level());
    }

    @Test
    void invalidRulesAreNamed() {
        assertEquals(List.of(), twoYears(PerformanceAxis.MissingYear.REWEIGHT).violations());
        assertEquals(List.of(), PerformanceAxis.LATEST.violations());
        PerformanceAxis bad = new PerformanceAxis(
                PerformanceAxis.Rule.WEIGHTED_YEARS,
                List.of(new PerformanceAxis.YearWeight(1, d("0")), new PerformanceAxis.YearWeight(1, d("40"))),
                Map.of(SkpRating.BAIK, d("4")),
                d("3"),
                d("4"),
                null);
        List<String> fields = bad.violations().stream().map(v -> v[0]).toList();
        assertTrue(
                fields.containsAll(List.of(
                        "performanceAxis.years[0].weight",
                        "performanceAxis.years[1].offset",
                        "performanceAxis.ratingScores",
                        "performanceAxis.aboveFrom",
                        "performanceAxis.missingYear")),
                fields.toString());
    }

    @Test
    void aRuleCanCountBackFromTheCurrentYearAsInNMinusOneAndNMinusTwo() {
        PerformanceAxis axis = new PerformanceAxis(
                PerformanceAxis.Rule.WEIGHTED_YEARS,
                List.of(new PerformanceAxis.YearWeight(1, d("50")), new PerformanceAxis.YearWeight(2, d("50"))),
                SCORES,
                d("4.5"),
                d("3.5"),
                PerformanceAxis.MissingYear.UNRATED,
                PerformanceAxis.Anchor.CURRENT_YEAR);
        assertEquals(List.of(), axis.violations());
        assertEquals(3, axis.yearsRead());
        // in 2026: SKP 2025 and 2024 count; a 2026 rating (the year in progress) does not
        TreeMap<Integer, SkpRating> r =
                ratings(2024, SkpRating.SANGAT_BAIK, 2025, SkpRating.SANGAT_BAIK, 2026, SkpRating.SANGAT_KURANG);
        PerformanceAxis.Outcome o = axis.assess(r, MAPPING, 2026);
        assertEquals(PerformanceLevel.ABOVE, o.level());
        assertTrue(
                o.explanation().startsWith("weighted SKP 2025 SANGAT_BAIK (5) × 50 + SKP 2024 SANGAT_BAIK (5) × 50"),
                o.explanation());
        // anchored on the latest rated year instead, 2026 and 2025 would count: (1 + 5) / 2 = 3 → BELOW
        assertEquals(
                PerformanceLevel.BELOW,
                new PerformanceAxis(
                                PerformanceAxis.Rule.WEIGHTED_YEARS,
                                List.of(
                                        new PerformanceAxis.YearWeight(0, d("50")),
                                        new PerformanceAxis.YearWeight(1, d("50"))),
                                SCORES,
                                d("4.5"),
                                d("3.5"),
                                PerformanceAxis.MissingYear.UNRATED)
                        .assess(r, MAPPING, 2026)
                        .level());
        // nothing rated in the window: unrated, whatever the missing-year handling
        PerformanceAxis reweight = new PerformanceAxis(
                PerformanceAxis.Rule.WEIGHTED_YEARS,
                axis.years(),
                SCORES,
                d("4.5"),
                d("3.5"),
                PerformanceAxis.MissingYear.REWEIGHT,
                PerformanceAxis.Anchor.CURRENT_YEAR);
        assertNull(reweight.assess(ratings(2020, SkpRating.BAIK), MAPPING, 2026).level());
    }

    @Test
    void theNineBoxPlacesOnTheMultiYearAxisAndExplainsIt() {
        NineBoxPolicy base = SeededPolicies.nineBox();
        NineBoxPolicy multi = new NineBoxPolicy(
                base.performanceMapping(),
                base.unratedPerformance(),
                base.grid(),
                base.recommendedActions(),
                base.poolBoxes(),
                twoYears(PerformanceAxis.MissingYear.REWEIGHT));
        NineBoxPolicy.Inputs in = new NineBoxPolicy.Inputs(
                PotentialLevel.TINGGI,
                92.0,
                1,
                SkpRating.BAIK,
                2024,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                ratings(2023, SkpRating.SANGAT_BAIK, 2024, SkpRating.SANGAT_BAIK));
        NineBoxPlacement p = multi.place(in, 3);
        assertEquals(9, p.box());
        assertEquals(2024, p.performanceYear());
        assertTrue(
                p.explanation().contains("x performance ABOVE (weighted SKP 2024 SANGAT_BAIK (5) × 60"),
                p.explanation());
        // the default policy, same person: the latest year alone
        assertEquals(9, base.place(in, 1).box());
        NineBoxPolicy.Inputs slipped = new NineBoxPolicy.Inputs(
                PotentialLevel.TINGGI,
                92.0,
                1,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                ratings(2023, SkpRating.SANGAT_BAIK, 2024, SkpRating.BAIK));
        assertEquals(8, base.place(slipped, 1).box());
        assertEquals(8, multi.place(slipped, 3).box()); // 0.6 × 4 + 0.4 × 5 = 4.4: MEETS
    }
}
