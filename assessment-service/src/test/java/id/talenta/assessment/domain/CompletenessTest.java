package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    static final List<MatrixCell> MATRIX = List.of(
            new MatrixCell("INTERVIEW", "INTEGRITAS"),
            new MatrixCell("GROUP_DISCUSSION", "INTEGRITAS"),
            new MatrixCell("INTERVIEW", "KOMUNIKASI"));

    @Test
    void shouldBeCompleteWhenEveryCellIsRated() {
        assertTrue(Completeness.isComplete(MATRIX, Set.copyOf(MATRIX)));
    }

    @Test
    void shouldNameEachUnratedCompetencyWithItsMissingMethods() {
        Map<String, Set<String>> missing =
                Completeness.missing(MATRIX, Set.of(new MatrixCell("INTERVIEW", "INTEGRITAS")));
        assertEquals(Map.of("INTEGRITAS", Set.of("GROUP_DISCUSSION"), "KOMUNIKASI", Set.of("INTERVIEW")), missing);
        assertEquals("INTEGRITAS (GROUP_DISCUSSION), KOMUNIKASI (INTERVIEW)", Completeness.describe(missing));
    }

    @Test
    void shouldIgnoreRatingsOutsideTheMatrix() {
        assertFalse(Completeness.isComplete(MATRIX, Set.of(new MatrixCell("IN_TRAY", "INTEGRITAS"))));
    }
}
