package id.talenta.profile.domain;

/** A result that no profile can be computed from (e.g. none of its competencies is in the framework). */
public class UnusableResultException extends RuntimeException {
    public UnusableResultException(String message) {
        super(message);
    }
}
