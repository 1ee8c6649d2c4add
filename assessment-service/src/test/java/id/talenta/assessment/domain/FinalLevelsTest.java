package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.talenta.assessment.domain.FinalLevels.Decision;
import id.talenta.assessment.domain.FinalLevels.Override;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FinalLevelsTest {

    static final BigDecimal TWO_AND_HALF = new BigDecimal("2.50");
    static final BigDecimal THREE = new BigDecimal("3.00");
    static final BigDecimal FOUR = new BigDecimal("4.00");

    static Map<String, BigDecimal> proposals() {
        Map<String, BigDecimal> p = new LinkedHashMap<>();
        p.put("INTEGRITAS", TWO_AND_HALF);
        p.put("KOMUNIKASI", THREE);
        return p;
    }

    @Test
    void shouldTakeTheProposalsAsFinalLevelsWithoutOverrides() {
        assertEquals(
                List.of(
                        new Decision("INTEGRITAS", TWO_AND_HALF, TWO_AND_HALF, null),
                        new Decision("KOMUNIKASI", THREE, THREE, null)),
                FinalLevels.finalize(proposals(), List.of()));
    }

    @Test
    void shouldKeepTheProposalBesideAnOverrideAndItsReason() {
        List<Decision> d =
                FinalLevels.finalize(proposals(), List.of(new Override("KOMUNIKASI", FOUR, " strong in GD ")));
        assertEquals(new Decision("KOMUNIKASI", THREE, FOUR, "strong in GD"), d.get(1));
        assertEquals(TWO_AND_HALF, d.get(0).level());
    }

    @Test
    void shouldReviseOnTopOfThePreviousDecisionsKeepingEarlierOverrides() {
        List<Decision> first = FinalLevels.finalize(proposals(), List.of(new Override("KOMUNIKASI", FOUR, "GD")));
        List<Decision> second = FinalLevels.revise(first, List.of(new Override("INTEGRITAS", THREE, "typo")));
        assertEquals(
                List.of(
                        new Decision("INTEGRITAS", TWO_AND_HALF, THREE, "typo"),
                        new Decision("KOMUNIKASI", THREE, FOUR, "GD")),
                second);
    }

    @Test
    void shouldRefuseOverridesWithoutReasonOutsideTheMatrixOrTwice() {
        assertThrows(
                IllegalArgumentException.class,
                () -> FinalLevels.finalize(proposals(), List.of(new Override("KOMUNIKASI", FOUR, " "))));
        assertThrows(
                IllegalArgumentException.class,
                () -> FinalLevels.finalize(proposals(), List.of(new Override("GRIT", FOUR, "x"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> FinalLevels.finalize(
                        proposals(),
                        List.of(new Override("KOMUNIKASI", FOUR, "x"), new Override("KOMUNIKASI", THREE, "y"))));
    }

    @Test
    void shouldRefuseToFinalizeACompetencyWithoutProposal() {
        Map<String, BigDecimal> p = proposals();
        p.put("KERJASAMA", null);
        assertThrows(IllegalArgumentException.class, () -> FinalLevels.finalize(p, List.of()));
    }
}
