package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalibrationTermTest {

    static final UUID RESULT = UUID.randomUUID();
    static final UUID NEW_RESULT = UUID.randomUUID();

    @Test
    void itHoldsForItsOwnSkpYearAndThroughRatingsOfEarlierYears() {
        assertEquals(Optional.empty(), CalibrationTerm.lapse(2024, RESULT, 2024, RESULT));
        // a late rating for an earlier year does not make the latest year newer
        assertEquals(Optional.empty(), CalibrationTerm.lapse(2024, RESULT, 2023, RESULT));
    }

    @Test
    void itLapsesWithTheNextSkpYear() {
        CalibrationTerm.Lapse lapse =
                CalibrationTerm.lapse(2024, RESULT, 2025, RESULT).orElseThrow();
        assertEquals(CalibrationTerm.End.LAPSED_NEWER_SKP_YEAR, lapse.end());
        assertEquals("SKP year 2025 is newer than its review period (SKP 2024)", lapse.reason());
    }

    @Test
    void aCalibrationMadeWithoutARatingLapsesWithTheFirstRating() {
        assertEquals(Optional.empty(), CalibrationTerm.lapse(null, RESULT, null, RESULT));
        assertEquals(
                CalibrationTerm.End.LAPSED_NEWER_SKP_YEAR,
                CalibrationTerm.lapse(null, RESULT, 2020, RESULT).orElseThrow().end());
    }

    @Test
    void itLapsesWithANewAssessmentResultButNotWithTheSameResult() {
        assertEquals(
                CalibrationTerm.End.LAPSED_NEW_ASSESSMENT,
                CalibrationTerm.lapse(2024, RESULT, 2024, NEW_RESULT)
                        .orElseThrow()
                        .end());
        // a calibration whose result is not known (made before results were tracked) lapses only by SKP year
        assertEquals(Optional.empty(), CalibrationTerm.lapse(2024, null, 2024, NEW_RESULT));
        // nor does a profile without a known result end it
        assertEquals(Optional.empty(), CalibrationTerm.lapse(2024, RESULT, 2024, null));
    }

    @Test
    void aNewerSkpYearIsNamedEvenWhenTheResultChangedToo() {
        assertTrue(CalibrationTerm.lapse(2024, RESULT, 2026, NEW_RESULT)
                .orElseThrow()
                .reason()
                .contains("2026"));
    }
}
