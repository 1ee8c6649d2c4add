package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LegalStatusTest {

    @ParameterizedTest(name = "kedudukan hukum {0} ends service")
    @ValueSource(strings = {"52", "66", "67", "68", "69", "70", "77", "88", "89", "90", "91", "92", "98", "99"})
    void statusesThatEndServiceDeactivate(String code) {
        assertTrue(LegalStatus.of(code, null).orElseThrow().endsService());
    }

    @ParameterizedTest(name = "kedudukan hukum {0} is in service")
    @ValueSource(strings = {"01", "1", "02", "03", "04", "05", "06", "09", "11", "16", "20", "51"})
    void statusesInServiceKeepTheParticipantActive(String code) {
        assertFalse(LegalStatus.of(code, null).orElseThrow().endsService());
    }

    @ParameterizedTest(name = "\"{0}\" is no legal status")
    @ValueSource(strings = {"0", "00", "100", "A1", "-1", " ", ""})
    void anythingElseIsNoLegalStatus(String code) {
        assertEquals(Optional.empty(), LegalStatus.of(code, null));
    }

    @ParameterizedTest(name = "{0} / {1} reads {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "99||Kedudukan hukum 99 Pensiun (SIASN): no longer in service",
                "67|PUNAH|Kedudukan hukum 67 PUNAH (SIASN): no longer in service",
                "88||Kedudukan hukum 88 kode 88 (SIASN): no longer in service"
            })
    void theReasonIsTheStatusWithTheFilesNameWhenGiven(String code, String name, String reason) {
        assertEquals(reason, LegalStatus.of(code, name).orElseThrow().reason());
    }

    @org.junit.jupiter.api.Test
    void aNullCodeIsNoStatus() {
        assertEquals(Optional.empty(), LegalStatus.of(null, "Aktif"));
        assertEquals("01", LegalStatus.of(" 1 ", null).orElseThrow().code());
    }
}
