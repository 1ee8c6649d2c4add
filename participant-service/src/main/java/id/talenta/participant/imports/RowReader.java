package id.talenta.participant.imports;

import java.io.Closeable;
import java.io.IOException;

/** Streams the rows of an uploaded file, one at a time, so memory stays constant whatever the size. */
public interface RowReader extends Closeable {

    /** The next row, or null at the end. Throws {@link MalformedFileException} when the file cannot be read at all. */
    SourceRow next() throws IOException;
}
