package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SkpRatingTest {

    @Test
    void shouldReadSiasnKuadranNumbersOneToFive() {
        assertEquals(Optional.of(SkpRating.SANGAT_BAIK), SkpRating.parse("1"));
        assertEquals(Optional.of(SkpRating.BAIK), SkpRating.parse("2"));
        assertEquals(Optional.of(SkpRating.BUTUH_PERBAIKAN), SkpRating.parse("3"));
        assertEquals(Optional.of(SkpRating.KURANG), SkpRating.parse("4"));
        assertEquals(Optional.of(SkpRating.SANGAT_KURANG), SkpRating.parse(" 5 "));
    }

    @Test
    void shouldReadCodesAndSpacedSpellings() {
        assertEquals(Optional.of(SkpRating.SANGAT_BAIK), SkpRating.parse("sangat baik"));
        assertEquals(Optional.of(SkpRating.BUTUH_PERBAIKAN), SkpRating.parse("BUTUH_PERBAIKAN"));
    }

    @Test
    void shouldTolerateRepeatedTabbedAndNoBreakSpacesBetweenTheWords() {
        assertEquals(Optional.of(SkpRating.SANGAT_BAIK), SkpRating.parse("SANGAT  BAIK"));
        assertEquals(Optional.of(SkpRating.SANGAT_KURANG), SkpRating.parse("  Sangat \t Kurang "));
        assertEquals(Optional.of(SkpRating.BUTUH_PERBAIKAN), SkpRating.parse("BUTUH\u00A0PERBAIKAN"));
        assertEquals(Optional.of(SkpRating.BUTUH_PERBAIKAN), SkpRating.parse("\u00A0BUTUH PERBAIKAN\u00A0"));
        // spaces between the words, not inside them
        assertTrue(SkpRating.parse("SANG AT BAIK").isEmpty());
        assertTrue(SkpRating.parse("SANGATBAIK").isEmpty());
    }

    @Test
    void shouldRejectAnythingElse() {
        for (String bad : new String[] {"0", "6", "", "GOOD", null, "12"}) {
            assertTrue(SkpRating.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
