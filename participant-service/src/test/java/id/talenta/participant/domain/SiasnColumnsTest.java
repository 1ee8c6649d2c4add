package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File columns and values as SIASN and SAPK exports write them (docs/siasn.md, section 1). */
class SiasnColumnsTest {

    @ParameterizedTest
    @CsvSource({
        "nip_baru, nipBaru",
        "NIP_BARU, nipBaru",
        "' nama ', nama",
        "GELAR_BLK, gelarBelakang",
        "gelar_belakang, gelarBelakang",
        "TGL_LAHIR, tglLahir",
        "tanggal_lahir, tglLahir",
        "gol_akhir_id, golRuangAkhirId",
        "GOL_ID, golRuangAkhirId",
        "unor_id, unorId",
        "kedudukan_hukum_id, kedudukanHukumId",
        "nomor_hp, phone",
        "NIP, nip",
        "fullname, fullName",
        "golRuangAkhirId, golRuangAkhirId",
        "pns_id, pns_id",
        "Kolom Lain, Kolom Lain"
    })
    void shouldNameEveryColumnAsTheImportReadsIt(String header, String name) {
        assertEquals(name, SiasnColumns.canonical(header));
    }

    @Test
    void shouldReadValuesAsTheExportWritesThem() {
        assertEquals("196608011988031001", SiasnColumns.value("'196608011988031001"));
        assertEquals("08123", SiasnColumns.value(" ' 08123 "));
        assertEquals("01", SiasnColumns.value("01"), "leading zeros of codes stay");
        assertNull(SiasnColumns.value(""));
        assertNull(SiasnColumns.value("null"));
        assertNull(SiasnColumns.value("NULL"));
        assertNull(SiasnColumns.value("undefined"));
        assertNull(SiasnColumns.value("'"));
        assertNull(SiasnColumns.value(null));
        assertEquals("Nullah", SiasnColumns.value("Nullah"));
    }

    @ParameterizedTest
    @CsvSource({
        "01-08-1966, 1966-08-01",
        "01/08/1966, 1966-08-01",
        "1966-08-01, 1966-08-01",
        "24320, 1966-08-01",
        "29-02-2024, 2024-02-29"
    })
    void shouldReadTheDateFormatsOfExportsAndSpreadsheets(String value, LocalDate date) {
        assertEquals(Optional.of(date), SiasnMapping.date(value));
    }

    @ParameterizedTest
    @CsvSource({"29-02-2023", "32-01-2000", "1966/08/01", "08-01", "abc", "0", "19660801"})
    void shouldRefuseWhatIsNotACalendarDate(String value) {
        assertEquals(Optional.empty(), SiasnMapping.date(value));
    }

    @Test
    void shouldKnowSiasnsNoDate() {
        assertTrue(SiasnMapping.isNoDate("01-01-0001"));
        assertFalse(SiasnMapping.isNoDate("01-01-2001"));
    }

    @Test
    void shouldCheckJenisKelaminAgainstTheGenderDigitOfTheNip() {
        String man = "196608011988031001";
        String woman = "196608011988032001";
        assertEquals(Optional.of(true), SiasnMapping.genderAgrees(man, "M"));
        assertEquals(Optional.of(true), SiasnMapping.genderAgrees(man, "l"));
        assertEquals(Optional.of(false), SiasnMapping.genderAgrees(man, "F"));
        assertEquals(Optional.of(true), SiasnMapping.genderAgrees(woman, "F"));
        assertEquals(Optional.of(true), SiasnMapping.genderAgrees(woman, "P"));
        assertEquals(Optional.of(false), SiasnMapping.genderAgrees(woman, "M"));
        assertEquals(Optional.empty(), SiasnMapping.genderAgrees(woman, "X"));
        assertEquals(Optional.empty(), SiasnMapping.genderAgrees("123", "M"));
        assertEquals(Optional.empty(), SiasnMapping.genderAgrees("196608011988033001", "M"));
    }
}
