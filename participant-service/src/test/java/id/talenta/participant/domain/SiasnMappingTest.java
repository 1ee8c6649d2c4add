package id.talenta.participant.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SiasnMappingTest {

    @ParameterizedTest
    @CsvSource({
        "10,JPT_UTAMA",
        "11,JPT_MADYA",
        "12,JPT_MADYA",
        "21,JPT_PRATAMA",
        "22,JPT_PRATAMA",
        "31,ADMINISTRATOR",
        "32,ADMINISTRATOR",
        "41,PENGAWAS",
        "42,PENGAWAS"
    })
    void shouldMapEchelonToStructuralJobLevel(String eselon, String level) {
        assertEquals(Optional.of(level), SiasnMapping.jobLevel(eselon, "1", null, null));
    }

    @Test
    void shouldMapGeneralPositionsToPelaksana() {
        assertEquals(Optional.of("PELAKSANA"), SiasnMapping.jobLevel(null, "4", null, "Pengadministrasi Umum"));
    }

    @ParameterizedTest
    @CsvSource({
        "Analis Kebijakan Ahli Utama,AHLI_UTAMA",
        "Widyaiswara Ahli Madya,AHLI_MADYA",
        "Pranata Komputer Ahli Muda,AHLI_MUDA",
        "Auditor Ahli Pertama,AHLI_PERTAMA",
        "Arsiparis Penyelia,PENYELIA",
        "Pranata Komputer Mahir,MAHIR",
        "Arsiparis Terampil,TERAMPIL",
        "Pengelola Pengadaan Pemula,PEMULA",
        "ANALIS  KEBIJAKAN AHLI   MUDA,AHLI_MUDA"
    })
    void shouldMapFunctionalPositionNamesToTheirLevel(String name, String level) {
        assertEquals(Optional.of(level), SiasnMapping.jobLevel(null, "2", name, null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the level words inside another word or before the end of the title are not the level
                "Instruktur Pemahiran Kerja",
                "Penyeliaan Mutu Pangan",
                "Pengawas Terampilan Dasar",
                "Pemulaan",
                "Ahli Muda Pranata Komputer",
                "Mahiran",
                "Analis Pemula Kebijakan"
            })
    void shouldMatchTheLevelWordsOnlyAtTheEndOfTheTitle(String name) {
        assertEquals(Optional.empty(), SiasnMapping.jobLevel(null, "2", name, null), name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Pranata Komputer Mahir.|MAHIR",
                "Arsiparis Terampil )|TERAMPIL",
                "Mahir|MAHIR",
                "  pranata  komputer   mahir  |MAHIR",
                "Pemahiran Kerja Mahir|MAHIR"
            })
    void shouldTolerateRepeatedSpacesAndTrailingPunctuation(String name, String level) {
        assertEquals(Optional.of(level), SiasnMapping.jobLevel(null, "2", name, null), name);
    }

    @Test
    void shouldFallBackToThePositionNameForFunctionalPositions() {
        assertEquals(
                Optional.of("AHLI_MADYA"), SiasnMapping.jobLevel(null, "2", null, "Asesor SDM Aparatur Ahli Madya"));
    }

    @Test
    void shouldFindNoJobLevelWithoutUsableFields() {
        assertEquals(Optional.empty(), SiasnMapping.jobLevel("99", "1", null, "Kepala"));
    }

    @Test
    void shouldParseDayMonthYearDatesStrictly() {
        assertEquals(Optional.of(LocalDate.of(1966, 8, 1)), SiasnMapping.date("01-08-1966"));
        assertEquals(Optional.empty(), SiasnMapping.date("31-02-1966"));
        assertEquals(
                Optional.of(LocalDate.of(1966, 8, 1)),
                SiasnMapping.date("1966-08-01"),
                "ISO, as a spreadsheet re-saves it");
    }
}
