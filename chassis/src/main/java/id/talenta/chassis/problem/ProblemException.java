package id.talenta.chassis.problem;

import java.util.List;

/** A failure the client caused or must know about; rendered as problem+json with its status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public ProblemException(int status, String title, String detail) {
        this(status, title, detail, List.of());
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(
                400, "Invalid request", field + ": " + message, List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException badRequest(List<Problem.FieldError> errors) {
        return new ProblemException(
                400,
                "Invalid request",
                "The request has " + errors.size() + (errors.size() == 1 ? " invalid field" : " invalid fields"),
                errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail);
    }

    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(
                422, "Unprocessable reference", detail, List.of(new Problem.FieldError(field, detail)));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition failed", detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail);
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(413, "Payload too large", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
