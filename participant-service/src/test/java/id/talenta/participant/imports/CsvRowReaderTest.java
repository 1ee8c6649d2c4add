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
    void shouldFailAFileWithSemicolonDelimiter() {
        assertEquals(
                "the header row has a single column containing ';': the delimiter must be a comma",
                assertThrows(MalformedFileException.class, () -> reader("nip;fullName\n1;A\n"))
                        .getMessage());
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
