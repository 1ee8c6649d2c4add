package id.talenta.participant.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvRowReaderTest {

    private static CsvRowReader reader(String csv) throws IOException {
        return new CsvRowReader(new StringReader(csv), ImportRowMapper.KEY_COLUMNS);
    }

    @Test
    void shouldReadQuotedFieldsWithCommasQuotesAndNewlines() throws IOException {
        CsvRowReader r =
                reader("nip,fullName,positionTitle\r\n1,\"Rahmawati, Siti\",\"Kepala \"\"A\"\"\nBaris 2\"\r\n");
        SourceRow row = r.next();
        assertEquals(2, row.row());
        assertEquals(
                Map.of("nip", "1", "fullName", "Rahmawati, Siti", "positionTitle", "Kepala \"A\"\nBaris 2"),
                row.fields());
        assertNull(r.next());
    }

    @Test
    void shouldNumberRowsLikeASpreadsheetAndSkipBlankLines() throws IOException {
        CsvRowReader r = reader("\uFEFFnip,fullName\n1,A\n\n2,B");
        assertEquals(2, r.next().row());
        SourceRow second = r.next();
        assertEquals(4, second.row());
        assertEquals("B", second.fields().get("fullName"));
        assertNull(r.next());
    }

    @Test
    void shouldReportRaggedRowsAsRowProblems() throws IOException {
        SourceRow row = reader("nip,fullName\n1,A,extra\n").next();
        assertEquals("the row has 3 fields but the header has 2", row.problem());
    }

    @Test
    void shouldReportAnUnclosedQuote() throws IOException {
        CsvRowReader r = reader("nip,fullName\n1,\"A\n");
        assertEquals(
                "a quoted field is not closed before the end of the file",
                r.next().problem());
    }

    @Test
    void shouldFailAFileWithoutHeader() {
        assertEquals(
                "the file has no header row: the first row starts with the number 196608011988031001; "
                        + "add a header row with column names (nip or nipBaru, ...)",
                assertThrows(MalformedFileException.class, () -> reader("196608011988031001,Siti\n"))
                        .getMessage());
    }

    @Test
    void shouldSniffTheDelimiterFromTheHeader() throws IOException {
        for (String d : new String[] {"|", ";", "\t", ","}) {
            SourceRow row = reader(
                            "nip" + d + "fullName" + d + "positionTitle\r\n1" + d + "\"A" + d + "B\"" + d + "C\r\n")
                    .next();
            assertEquals(Map.of("nip", "1", "fullName", "A" + d + "B", "positionTitle", "C"), row.fields(), d);
        }
    }

    @Test
    void shouldMatchExportColumnNamesWithoutRegardToCase() throws IOException {
        SourceRow current = reader("\uFEFFnip_baru|nama|gol_akhir_id|unor_id\r\n'1|A|32|U\r\n")
                .next();
        assertEquals(Map.of("nipBaru", "'1", "nama", "A", "golRuangAkhirId", "32", "unorId", "U"), current.fields());
        SourceRow sapk = reader("NO;NIP_BARU;NAMA;GELAR_BLK;TGL_LAHIR;GOL_ID;UNOR_ID\n1;2;B;S.E.;01-08-1966;41;V\n")
                .next();
        assertEquals(
                Map.of(
                        "NO",
                        "1",
                        "nipBaru",
                        "2",
                        "nama",
                        "B",
                        "gelarBelakang",
                        "S.E.",
                        "tglLahir",
                        "01-08-1966",
                        "golRuangAkhirId",
                        "41",
                        "unorId",
                        "V"),
                sapk.fields());
        assertEquals(
                Map.of("nip", "3", "fullName", "C"),
                reader("NIP,FULLNAME\n3,C\n").next().fields());
    }

    @Test
    void shouldMakeAnOverlongFieldOrRowARowProblemAndReadOn() throws IOException {
        String huge = "x".repeat(CsvRowReader.MAX_FIELD + 1);
        CsvRowReader r =
                reader("nip,fullName\n1,\"" + huge + "\"\n2," + ",".repeat(CsvRowReader.MAX_FIELDS) + "\n3,C\n");
        assertEquals(
                "a field is longer than " + CsvRowReader.MAX_FIELD + " characters",
                r.next().problem());
        assertEquals(
                "the row has more than " + CsvRowReader.MAX_FIELDS + " fields",
                r.next().problem());
        assertEquals("C", r.next().fields().get("fullName"));
        assertNull(r.next());
    }

    @Test
    void shouldFailAnOverlongHeader() {
        assertThrows(
                MalformedFileException.class, () -> reader("nip," + "x".repeat(CsvRowReader.MAX_HEADER) + "\n1,2\n"));
    }

    @Test
    void shouldFailAnEmptyFile() {
        assertThrows(MalformedFileException.class, () -> reader(""));
    }

    @Test
    void shouldFailDuplicateColumns() {
        assertEquals(
                "the header row names column nip twice",
                assertThrows(MalformedFileException.class, () -> reader("nip,nip\n"))
                        .getMessage());
    }
}
