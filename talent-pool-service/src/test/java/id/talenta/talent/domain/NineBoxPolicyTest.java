package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NineBoxPolicyTest {

    static final NineBoxPolicy POLICY = SeededPolicies.nineBox();

    static NineBoxPolicy.Inputs inputs(PotentialLevel potential, SkpRating rating) {
        return new NineBoxPolicy.Inputs(potential, 85.0, 1, rating, rating == null ? null : 2024, null, true);
    }

    @ParameterizedTest(name = "{0} x {1} -> box {2}")
    @CsvSource({
        "TINGGI, SANGAT_BAIK, 9", "TINGGI, BAIK, 8", "TINGGI, BUTUH_PERBAIKAN, 6", "TINGGI, KURANG, 6",
                "TINGGI, SANGAT_KURANG, 6",
        "MENENGAH, SANGAT_BAIK, 7", "MENENGAH, BAIK, 5", "MENENGAH, BUTUH_PERBAIKAN, 3", "MENENGAH, KURANG, 3",
                "MENENGAH, SANGAT_KURANG, 3",
        "RENDAH, SANGAT_BAIK, 4", "RENDAH, BAIK, 2", "RENDAH, BUTUH_PERBAIKAN, 1", "RENDAH, KURANG, 1",
                "RENDAH, SANGAT_KURANG, 1"
    })
    void shouldPlaceEveryPotentialAndRatingInTheBoxOfTheDomainTable(
            PotentialLevel potential, SkpRating rating, int box) {
        NineBoxPlacement p = POLICY.place(inputs(potential, rating), 1);
        assertEquals(box, p.box());
        assertEquals(box, p.computedBox());
        assertEquals(Set.of(7, 8, 9).contains(box), p.inTalentPool());
        assertEquals(POLICY.recommendedActions().get(box), p.recommendedActions());
    }

    @Test
    void shouldMapSkpRatingsToPerformanceLevelsAsDomainDefault() {
        assertEquals(PerformanceLevel.ABOVE, POLICY.performanceOf(SkpRating.SANGAT_BAIK));
        assertEquals(PerformanceLevel.MEETS, POLICY.performanceOf(SkpRating.BAIK));
        for (SkpRating r : List.of(SkpRating.BUTUH_PERBAIKAN, SkpRating.KURANG, SkpRating.SANGAT_KURANG)) {
            assertEquals(PerformanceLevel.BELOW, POLICY.performanceOf(r));
        }
    }

    @Test
    void shouldPlaceUnratedHighPotentialInBelowColumnOutsideThePoolAndSaySo() {
        NineBoxPlacement p = POLICY.place(inputs(PotentialLevel.TINGGI, null), 1);
        assertEquals(6, p.box());
        assertNull(p.performanceLevel());
        assertFalse(p.inTalentPool());
        assertTrue(p.explanation().contains("no SKP rating"), p.explanation());
        assertTrue(p.explanation().contains("policy v1"), p.explanation());
    }

    @Test
    void shouldKeepComputedBoxBesideCalibratedBox() {
        NineBoxPlacement p = POLICY.place(
                new NineBoxPolicy.Inputs(PotentialLevel.MENENGAH, 80.0, 2, SkpRating.BAIK, 2024, 8, true), 3);
        assertEquals(8, p.box());
        assertEquals(5, p.computedBox());
        assertTrue(p.calibrated());
        assertTrue(p.inTalentPool());
        assertEquals(POLICY.recommendedActions().get(8), p.recommendedActions());
        assertTrue(p.explanation().contains("Calibrated"), p.explanation());
    }

    @Test
    void shouldKeepInactiveParticipantOutOfThePoolWhateverTheBox() {
        NineBoxPlacement p = POLICY.place(
                new NineBoxPolicy.Inputs(PotentialLevel.TINGGI, 95.0, 1, SkpRating.SANGAT_BAIK, 2024, null, false), 1);
        assertEquals(9, p.box());
        assertFalse(p.inTalentPool());
    }

    @Test
    void shouldAcceptTheSeededPolicy() {
        assertTrue(POLICY.violations().isEmpty());
    }

    @Test
    void shouldRejectGridWithDuplicateBoxes() {
        Map<PotentialLevel, Map<PerformanceLevel, Integer>> grid = new HashMap<>(POLICY.grid());
        grid.put(
                PotentialLevel.RENDAH,
                Map.of(PerformanceLevel.BELOW, 9, PerformanceLevel.MEETS, 2, PerformanceLevel.ABOVE, 4));
        NineBoxPolicy bad = new NineBoxPolicy(
                POLICY.performanceMapping(),
                PerformanceLevel.BELOW,
                grid,
                POLICY.recommendedActions(),
                POLICY.poolBoxes());
        assertEquals(List.of("grid"), bad.violations().stream().map(v -> v[0]).toList());
    }

    @Test
    void shouldRejectIncompleteMappingMissingActionsAndEmptyPool() {
        NineBoxPolicy bad = new NineBoxPolicy(
                Map.of(SkpRating.BAIK, PerformanceLevel.MEETS), null, POLICY.grid(), Map.of(1, List.of("X")), Set.of());
        assertEquals(
                List.of("performanceMapping", "unratedPerformance", "recommendedActions", "poolBoxes"),
                bad.violations().stream().map(v -> v[0]).toList());
    }

    @Test
    void shouldRejectPoolBoxOutsideTheGrid() {
        NineBoxPolicy bad = new NineBoxPolicy(
                POLICY.performanceMapping(),
                PerformanceLevel.BELOW,
                POLICY.grid(),
                POLICY.recommendedActions(),
                Set.of(8, 10));
        assertEquals(
                List.of("poolBoxes"), bad.violations().stream().map(v -> v[0]).toList());
    }

    @org.junit.jupiter.api.Test
    void theExplanationNamesTheFrameworkVersionAndThePotentialThresholdsTheProfileUsed() {
        NineBoxPlacement p = POLICY.place(
                new NineBoxPolicy.Inputs(
                        PotentialLevel.MENENGAH,
                        85.0,
                        3,
                        SkpRating.BAIK,
                        2024,
                        null,
                        true,
                        "2025.1",
                        new java.math.BigDecimal("90.00"),
                        new java.math.BigDecimal("78.00"),
                        null,
                        null),
                4);
        org.junit.jupiter.api.Assertions.assertTrue(
                p.explanation()
                        .contains(
                                "potential MENENGAH (profile revision 3, competency framework v2025.1, score 85.0; TINGGI ≥ 90, "
                                        + "MENENGAH ≥ 78, else RENDAH)"),
                p.explanation());
        // without them (profiles received before they were sent) the explanation says what it knows
        NineBoxPlacement older = POLICY.place(
                new NineBoxPolicy.Inputs(PotentialLevel.MENENGAH, 85.0, 3, SkpRating.BAIK, 2024, null, true), 4);
        org.junit.jupiter.api.Assertions.assertTrue(
                older.explanation().contains("(profile revision 3, score 85.0)"), older.explanation());
    }

    @org.junit.jupiter.api.Test
    void aCalibratedPlacementSaysWhenAndForWhichReviewPeriod() {
        NineBoxPlacement p = POLICY.place(
                new NineBoxPolicy.Inputs(
                        PotentialLevel.MENENGAH,
                        85.0,
                        1,
                        SkpRating.BAIK,
                        2024,
                        8,
                        true,
                        null,
                        null,
                        null,
                        2024,
                        java.time.LocalDate.of(2026, 12, 3)),
                1);
        org.junit.jupiter.api.Assertions.assertEquals(8, p.box());
        org.junit.jupiter.api.Assertions.assertEquals(5, p.computedBox());
        org.junit.jupiter.api.Assertions.assertTrue(
                p.explanation()
                        .contains("Calibrated by the talent committee to box 8"
                                + " on 2026-12-03 for the review period SKP 2024"),
                p.explanation());
    }
}
