package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntegrationPolicyTest {

    static final IntegrationPolicy DEFAULT = new IntegrationPolicy(Aggregation.MEAN, new BigDecimal("0.5"));
    static final IntegrationPolicy MEDIAN = new IntegrationPolicy(Aggregation.MEDIAN, new BigDecimal("0.5"));

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static List<List<BigDecimal>> methods(String... levels) {
        return java.util.Arrays.stream(levels).map(l -> List.of(d(l))).toList();
    }

    @ParameterizedTest(name = "{0} rounds to {1}")
    @CsvSource({
        "1.00,1.00",
        "1.24,1.00",
        "1.25,1.50",
        "2.00,2.00",
        "2.24,2.00",
        "2.25,2.50",
        "2.49,2.50",
        "2.50,2.50",
        "2.74,2.50",
        "2.75,3.00",
        "2.99,3.00",
        "3.33,3.50",
        "4.74,4.50",
        "4.75,5.00",
        "5.00,5.00"
    })
    void shouldRoundToTheNearestHalfWithHalvesUp(String value, String expected) {
        assertEquals(d(expected), DEFAULT.round(d(value)));
    }

    @ParameterizedTest(name = "{0}: {1} rounds to {2}")
    @CsvSource({
        // ties (exactly between two steps) are where the modes differ
        "HALF_UP,2.25,2.50",
        "HALF_EVEN,2.25,2.00",
        "HALF_DOWN,2.25,2.00",
        "HALF_UP,2.75,3.00",
        "HALF_EVEN,2.75,3.00",
        "HALF_DOWN,2.75,2.50",
        // just off a tie, all three go to the nearest step
        "HALF_EVEN,2.26,2.50",
        "HALF_DOWN,2.26,2.50",
        "HALF_EVEN,2.24,2.00",
        // always up or always down to a step
        "CEILING,2.01,2.50",
        "CEILING,2.00,2.00",
        "FLOOR,2.49,2.00",
        "FLOOR,2.50,2.50",
        // clamped to the scale either way
        "CEILING,4.99,5.00",
        "FLOOR,1.01,1.00"
    })
    void theRoundingModeIsASetting(String mode, String value, String expected) {
        IntegrationPolicy p = new IntegrationPolicy(
                Aggregation.MEAN,
                d("0.5"),
                java.math.RoundingMode.valueOf(mode),
                IntegrationPolicy.Averaging.PER_METHOD);
        assertEquals(d(expected), p.round(d(value)));
    }

    @Test
    void averagingPerMethodFirstIsTheDefaultAndAllRatingsIsASetting() {
        // interview rated 2 and 2 by two assessors, simulation 4 by one
        List<List<BigDecimal>> ratings = List.of(List.of(d("2"), d("2")), List.of(d("4")));
        // per method: (2 + 4) / 2 = 3.0; all ratings: (2 + 2 + 4) / 3 = 2.67 -> 2.5
        assertEquals(Optional.of(d("3.00")), DEFAULT.propose(ratings));
        IntegrationPolicy all = new IntegrationPolicy(
                Aggregation.MEAN, d("0.5"), java.math.RoundingMode.HALF_UP, IntegrationPolicy.Averaging.ALL_RATINGS);
        assertEquals(Optional.of(d("2.50")), all.propose(ratings));
        // median of all ratings: 2; median per method: median(2, 4) = 3
        IntegrationPolicy allMedian = new IntegrationPolicy(
                Aggregation.MEDIAN, d("0.5"), java.math.RoundingMode.HALF_UP, IntegrationPolicy.Averaging.ALL_RATINGS);
        assertEquals(Optional.of(d("2.00")), allMedian.propose(ratings));
        assertEquals(Optional.of(d("3.00")), MEDIAN.propose(ratings));
        assertEquals(Optional.empty(), all.propose(List.of(List.of(), List.of())));
    }

    @Test
    void theLabelNamesOnlyWhatDiffersFromTheDefault() {
        assertEquals("MEAN/0.5", DEFAULT.label());
        assertEquals(
                "MEDIAN/0.5/HALF_EVEN/ALL_RATINGS",
                new IntegrationPolicy(
                                Aggregation.MEDIAN,
                                d("0.50"),
                                java.math.RoundingMode.HALF_EVEN,
                                IntegrationPolicy.Averaging.ALL_RATINGS)
                        .label());
        assertEquals(
                "MEAN/0.25/FLOOR",
                new IntegrationPolicy(
                                Aggregation.MEAN,
                                d("0.25"),
                                java.math.RoundingMode.FLOOR,
                                IntegrationPolicy.Averaging.PER_METHOD)
                        .label());
        assertThrows(
                IllegalArgumentException.class,
                () -> new IntegrationPolicy(
                        Aggregation.MEAN,
                        d("0.5"),
                        java.math.RoundingMode.UNNECESSARY,
                        IntegrationPolicy.Averaging.PER_METHOD));
    }

    @Test
    void shouldRoundToAQuarterWhenTheStepIsAQuarter() {
        IntegrationPolicy quarter = new IntegrationPolicy(Aggregation.MEAN, d("0.25"));
        assertEquals(d("2.25"), quarter.round(d("2.30")));
        assertEquals(d("2.50"), quarter.round(d("2.375")));
    }

    @Test
    void shouldKeepRoundedLevelsInsideTheScale() {
        IntegrationPolicy coarse = new IntegrationPolicy(Aggregation.MEAN, d("0.3"));
        assertEquals(d("5.00"), coarse.round(d("5.00")));
        assertEquals(d("1.00"), coarse.round(d("1.00")));
    }

    @Test
    void shouldProposeTheMeanOfTheMethodRatingsRoundedToAHalf() {
        assertEquals(Optional.of(d("2.50")), DEFAULT.propose(methods("2.00", "2.50")));
        assertEquals(Optional.of(d("3.00")), DEFAULT.propose(methods("3.00", "3.00", "2.50")));
        assertEquals(Optional.of(d("2.50")), DEFAULT.propose(methods("2.00", "3.00", "2.50", "2.00")));
    }

    @Test
    void shouldProposeTheMedianWhenConfigured() {
        assertEquals(Optional.of(d("2.00")), MEDIAN.propose(methods("2.00", "5.00", "1.00")));
        assertEquals(Optional.of(d("3.00")), MEDIAN.propose(methods("2.50", "3.00", "4.00", "1.00")));
        assertEquals(Optional.of(d("4.00")), DEFAULT.propose(methods("5.00", "5.00", "2.00")));
    }

    @Test
    void shouldWeighEveryMethodEquallyWhenSeveralAssessorsRatedOne() {
        // INTERVIEW rated by two assessors (2 and 3 → 2.5), GROUP_DISCUSSION by one (4): mean 3.25 → 3.5
        List<List<BigDecimal>> ratings = List.of(List.of(d("2.00"), d("3.00")), List.of(d("4.00")));
        assertEquals(Optional.of(d("3.50")), DEFAULT.propose(ratings));
    }

    @Test
    void shouldProposeNothingWhenNothingIsRated() {
        assertEquals(Optional.empty(), DEFAULT.propose(List.of(List.of(), List.of())));
        assertEquals(Optional.empty(), DEFAULT.propose(List.of()));
    }

    @Test
    void shouldRejectARoundingStepOutsideZeroToOne() {
        assertThrows(IllegalArgumentException.class, () -> new IntegrationPolicy(Aggregation.MEAN, d("0")));
        assertThrows(IllegalArgumentException.class, () -> new IntegrationPolicy(Aggregation.MEAN, d("-0.5")));
        assertThrows(IllegalArgumentException.class, () -> new IntegrationPolicy(Aggregation.MEAN, d("1.5")));
    }

    @Test
    void shouldLabelThePolicyForTheRecord() {
        assertEquals("MEAN/0.5", DEFAULT.label());
        assertEquals("MEDIAN/0.5", MEDIAN.label());
    }

    @Property
    void proposalIsAHalfStepBetweenTheLowestAndHighestRoundedRating(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 100, max = 500) Integer> hundredths,
            @ForAll boolean median) {
        IntegrationPolicy policy = median ? MEDIAN : DEFAULT;
        List<List<BigDecimal>> ratings =
                hundredths.stream().map(h -> List.of(BigDecimal.valueOf(h, 2))).toList();
        BigDecimal proposal = policy.propose(ratings).orElseThrow();
        BigDecimal low = DEFAULT.round(
                BigDecimal.valueOf(hundredths.stream().min(Integer::compare).orElseThrow(), 2));
        BigDecimal high = DEFAULT.round(
                BigDecimal.valueOf(hundredths.stream().max(Integer::compare).orElseThrow(), 2));
        assertTrue(
                proposal.compareTo(low) >= 0 && proposal.compareTo(high) <= 0,
                proposal + " outside " + low + ".." + high);
        assertEquals(0, proposal.remainder(d("0.5")).signum(), proposal + " is not a multiple of 0.5");
    }
}
