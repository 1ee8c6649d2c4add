package id.talenta.participant.domain;

/** A NIP that breaks one of its structural rules; the message names the part. */
public class InvalidNipException extends RuntimeException {
    public InvalidNipException(String message) {
        super(message);
    }
}
