package id.talenta.chassis.events;

/** An event that can never be processed, whatever the retry: it belongs on the dead-letter topic. */
public class PoisonMessageException extends RuntimeException {
    public PoisonMessageException(String message) {
        super(message);
    }
}
