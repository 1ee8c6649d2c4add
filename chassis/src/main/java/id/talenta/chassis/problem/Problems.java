package id.talenta.chassis.problem;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.MDC;

/** Builds problem+json responses. */
public final class Problems {

    private Problems() {}

    public static Response response(
            int status, String title, String detail, String instance, List<Problem.FieldError> errors) {
        Object correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
        Problem body = new Problem(
                typeFor(status),
                title,
                status,
                detail,
                instance,
                errors == null || errors.isEmpty() ? null : errors,
                correlation == null ? null : correlation.toString());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    static String typeFor(int status) {
        return switch (status) {
            case 400 -> "https://talenta.id/problems/invalid-request";
            case 401 -> "https://talenta.id/problems/unauthorized";
            case 403 -> "https://talenta.id/problems/forbidden";
            case 404 -> "https://talenta.id/problems/not-found";
            case 409 -> "https://talenta.id/problems/conflict";
            case 412 -> "https://talenta.id/problems/precondition-failed";
            case 413 -> "https://talenta.id/problems/payload-too-large";
            case 415 -> "https://talenta.id/problems/unsupported-media-type";
            case 422 -> "https://talenta.id/problems/unprocessable-reference";
            case 500 -> "https://talenta.id/problems/internal-error";
            default -> "about:blank";
        };
    }

    public static String titleFor(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s == null ? "Error" : s.getReasonPhrase();
    }
}
