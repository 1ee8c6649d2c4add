package id.talenta.participant.imports;

import id.talenta.chassis.problem.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies an upload to a temporary file with constant memory, counting bytes (413 beyond the limit), counting
 * lines (for progress) and checking that the bytes are UTF-8, so a bad file fails before any row is written.
 */
public final class UploadSpool {

    public record Spooled(Path file, long bytes, long lines, String utf8Problem) {}

    private UploadSpool() {}

    public static Spooled spool(InputStream in, Path dir, long maxBytes) throws IOException {
        Path file = dir == null
                ? Files.createTempFile("participant-import-", ".upload")
                : Files.createTempFile(dir, "participant-import-", ".upload");
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        byte[] chunk = new byte[64 * 1024];
        ByteBuffer pending = ByteBuffer.allocate(chunk.length + 8);
        CharBuffer chars = CharBuffer.allocate(chunk.length + 8);
        long bytes = 0;
        long lines = 0;
        String problem = null;
        boolean lastWasNewline = true;
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(chunk)) != -1) {
                bytes += n;
                if (bytes > maxBytes) {
                    throw ProblemException.payloadTooLarge("The upload is larger than the limit of " + maxBytes
                            + " bytes (talenta.imports.max-upload-size)");
                }
                out.write(chunk, 0, n);
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        lines++;
                    }
                }
                lastWasNewline = chunk[n - 1] == '\n';
                if (problem == null) {
                    pending.put(chunk, 0, n);
                    pending.flip();
                    CoderResult r = decoder.decode(pending, chars, false);
                    chars.clear();
                    if (r.isError()) {
                        problem = "the file is not valid UTF-8 (invalid byte sequence at byte "
                                + (bytes - n + offsetIn(pending, n)) + ")";
                    }
                    pending.compact();
                }
            }
            if (problem == null) {
                pending.flip();
                CoderResult r = decoder.decode(pending, chars, true);
                if (r.isError() || pending.hasRemaining()) {
                    problem = "the file is not valid UTF-8 (it ends inside a multi-byte character)";
                }
            }
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        if (!lastWasNewline && bytes > 0) {
            lines++;
        }
        return new Spooled(file, bytes, lines, problem);
    }

    /** Position of the decoder inside the buffer it was given (before compaction), relative to this chunk. */
    private static long offsetIn(ByteBuffer buffer, int chunkLength) {
        return buffer.position() - (buffer.limit() - chunkLength);
    }
}
