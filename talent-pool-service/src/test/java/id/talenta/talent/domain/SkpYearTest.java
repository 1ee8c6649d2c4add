package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkpYearTest {

    @Test
    void theCurrentYearIsTheLastThatCanBeRecorded() {
        assertEquals(Optional.empty(), SkpYear.problem(2026, 2026));
        assertEquals(
                Optional.of("must not be after the current year 2026 (no SKP rating exists yet)"),
                SkpYear.problem(2027, 2026));
        assertTrue(SkpYear.problem(2400, 2026).isPresent());
    }

    @Test
    void theFirstYearIs2000() {
        assertEquals(Optional.empty(), SkpYear.problem(2000, 2026));
        assertEquals(Optional.of("must be between 2000 and 2026"), SkpYear.problem(1999, 2026));
    }
}
