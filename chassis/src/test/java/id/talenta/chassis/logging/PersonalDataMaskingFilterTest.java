package id.talenta.chassis.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataMaskingFilterTest {

    @Test
    void shouldMaskEveryNipInAMessage() {
        assertEquals(
                "imported 1966**********1001 and 1975**********2003",
                PersonalDataMaskingFilter.mask("imported 196608011988031001 and 197501022000032003"));
    }

    @Test
    void shouldLeaveShorterAndLongerNumbersAlone() {
        assertEquals(
                "row 12345 id 1234567890123456789", PersonalDataMaskingFilter.mask("row 12345 id 1234567890123456789"));
    }
}
