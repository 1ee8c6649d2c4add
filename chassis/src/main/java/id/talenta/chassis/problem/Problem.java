package id.talenta.chassis.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, with the list of field errors of docs/api.md and the request's correlation id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path in the request (or the query parameter name) and why. */
    public record FieldError(String field, String message) {}
}
