package id.talenta.participant.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.problem.ProblemException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class UploadSpoolTest {

    @Test
    void shouldCountBytesAndLinesOfValidUtf8() throws Exception {
        byte[] data = "nip,fullName\n1,Sité\n2,Ø".getBytes(StandardCharsets.UTF_8);
        UploadSpool.Spooled s = UploadSpool.spool(new ByteArrayInputStream(data), null, 1000);
        assertEquals(data.length, s.bytes());
        assertEquals(3, s.lines());
        assertNull(s.utf8Problem());
        Files.delete(s.file());
    }

    @Test
    void shouldFlagInvalidUtf8() throws Exception {
        byte[] data = {'n', 'i', 'p', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
        UploadSpool.Spooled s = UploadSpool.spool(new ByteArrayInputStream(data), null, 1000);
        assertTrue(s.utf8Problem().startsWith("the file is not valid UTF-8"), s.utf8Problem());
        Files.delete(s.file());
    }

    @Test
    void shouldRefuseUploadsAboveTheLimit() {
        ProblemException e = assertThrows(
                ProblemException.class, () -> UploadSpool.spool(new ByteArrayInputStream(new byte[2048]), null, 1024));
        assertEquals(413, e.status());
    }
}
