package id.talenta.participant.imports;

/** The file as a whole cannot be read (no header, wrong delimiter, invalid UTF-8...): the job fails with this reason. */
public class MalformedFileException extends RuntimeException {
    public MalformedFileException(String message) {
        super(message);
    }
}
