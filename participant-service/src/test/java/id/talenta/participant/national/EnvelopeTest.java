package id.talenta.participant.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.participant.national.NationalAsnGateway.NationalAsnRejectedException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The BKN web service's {@code {code, data}} envelope (docs/siasn.md, section 3), read without a server. */
class EnvelopeTest {

    static final ObjectMapper JSON = new ObjectMapper();

    private static Optional<Map<String, String>> read(String body) throws Exception {
        return NationalAsnGateway.record(JSON.readTree(body));
    }

    @Test
    void codeOneCarriesTheRecordWithEveryValueAsText() throws Exception {
        assertEquals(
                Optional.of(Map.of("nipBaru", "196608011988031001", "mkTahun", "12", "aktif", "true")),
                read("{\"code\": 1, \"data\": {\"nipBaru\": \"196608011988031001\", \"mkTahun\": 12, "
                        + "\"aktif\": true, \"gelarDepan\": null, \"riwayat\": [1, 2]}}"));
    }

    @Test
    void codeZeroWithATextIsNotFound() throws Exception {
        assertEquals(Optional.empty(), read("{\"code\": 0, \"data\": \"Data tidak ditemukan\"}"));
        assertEquals(Optional.empty(), read("{\"code\": 1, \"data\": null}"));
    }

    @Test
    void anotherCodeOrShapeIsRefusedNotRetried() {
        NationalAsnRejectedException e = assertThrows(
                NationalAsnRejectedException.class, () -> read("{\"code\": 2, \"message\": \"Parameter salah\"}"));
        assertTrue(e.getMessage().contains("code 2: Parameter salah"), e.getMessage());
        assertThrows(NationalAsnRejectedException.class, () -> read("{\"code\": 1, \"data\": [1]}"));
    }

    @Test
    void anAnswerWithoutEnvelopeCodeIsStillRead() throws Exception {
        assertEquals(Optional.of(Map.of("nama", "Siti")), read("{\"data\": {\"nama\": \"Siti\"}}"));
    }
}
