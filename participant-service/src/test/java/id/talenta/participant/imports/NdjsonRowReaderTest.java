package id.talenta.participant.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonRowReaderTest {

    private static NdjsonRowReader reader(String text) {
        return new NdjsonRowReader(new BufferedReader(new StringReader(text)), new ObjectMapper());
    }

    @Test
    void shouldReadOneObjectPerLineWithCrlfAndBlankLines() throws IOException {
        NdjsonRowReader r = reader("{\"nip\":\"1\",\"education\":{\"level\":\"S1\"}}\r\n\r\n{\"nip\":\"2\"}");
        SourceRow first = r.next();
        assertEquals(Map.of("nip", "1", "educationLevel", "S1"), first.fields());
        SourceRow second = r.next();
        assertEquals(3, second.row());
        assertEquals("2", second.fields().get("nip"));
        assertNull(r.next());
    }

    @Test
    void shouldMakeAnOverlongLineARowProblemAndReadOn() throws IOException {
        String huge = "{\"fullName\":\"" + "x".repeat(NdjsonRowReader.MAX_LINE) + "\"}";
        NdjsonRowReader r = reader(huge + "\n{\"nip\":\"3\"}\n");
        assertEquals(
                "the line is longer than " + NdjsonRowReader.MAX_LINE + " characters",
                r.next().problem());
        assertEquals("3", r.next().fields().get("nip"));
        assertNull(r.next());
    }
}
