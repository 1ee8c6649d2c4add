package id.talenta.chassis.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as RFC 9457 problem+json; nothing internal (stack, SQL, class names) leaks. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e.status(), e.title(), e.getMessage(), path(uri), e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return Problems.response(400, "Invalid request", detail, path(uri), errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognized(UnrecognizedPropertyException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response malformed(JsonParseException e, UriInfo uri) {
        return Problems.response(
                400,
                "Malformed JSON",
                "The request body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")",
                path(uri),
                null);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response processing(JsonProcessingException e, UriInfo uri) {
        return Problems.response(400, "Malformed JSON", "The request body is not valid JSON", path(uri), null);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Problems.response(401, "Unauthorized", "A valid bearer token is required", path(uri), null);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Problems.response(401, "Unauthorized", "A valid bearer token is required", path(uri), null);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "Forbidden", "Your role does not allow this operation", path(uri), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException jpe) {
            return jpe instanceof JsonParseException parse ? malformed(parse, uri) : json(jpe, uri);
        }
        String detail = switch (status) {
            case 404 -> "No resource at " + path(uri);
            case 405 -> "Method not allowed on " + path(uri);
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "Unsupported content type; see the operation's documentation";
            default -> safeMessage(e.getMessage());
        };
        return Problems.response(status, Problems.titleFor(status), detail, path(uri), null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        Object correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
        LOG.errorf(e, "unexpected failure [correlationId=%s]", correlation);
        return Problems.response(
                500,
                "Internal error",
                "An unexpected error occurred; quote correlation id " + correlation + " when reporting it",
                path(uri),
                null);
    }

    private Response json(JsonProcessingException e, UriInfo uri) {
        String field = e instanceof JsonMappingException m ? pathOf(m) : "";
        String message;
        if (e instanceof UnrecognizedPropertyException u) {
            field = field.isEmpty() ? u.getPropertyName() : field;
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException f) {
            message = "value " + abbreviate(String.valueOf(f.getValue())) + " is not a valid "
                    + typeName(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "must be a " + typeName(m.getTargetType());
        } else {
            message = "has an invalid value";
        }
        if (field.isEmpty()) {
            return Problems.response(
                    400, "Invalid request", "The request body does not have the expected shape", path(uri), null);
        }
        return Problems.response(
                400,
                "Invalid request",
                field + " " + message,
                path(uri),
                List.of(new Problem.FieldError(field, message)));
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "value (one of "
                    + java.util.Arrays.stream(constants).map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "list";
        }
        if (type.getName().startsWith("java.time.")) {
            return "date (yyyy-MM-dd)";
        }
        if (type == java.util.UUID.class) {
            return "UUID";
        }
        return "object";
    }

    /** Field path of a violation without the method and parameter names ("register.request.nip" → "nip"). */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER -> {}
                case PARAMETER -> names.add("#" + node.getName());
                default ->
                    names.add(
                            node.getIndex() != null && node.getName() != null
                                    ? "[" + node.getIndex() + "]." + node.getName()
                                    : node.getName() == null ? "" : node.getName());
            }
        }
        if (names.size() > 1 && names.get(0).startsWith("#")) {
            names.remove(0); // a body parameter: the field inside it is what the client knows
        }
        String joined = String.join(".", names).replace(".[", "[").replace("#", "");
        return joined.isEmpty() ? "request" : joined;
    }

    private static String safeMessage(String message) {
        if (message == null || message.isBlank()) {
            return "The request could not be processed";
        }
        return abbreviate(message.replaceAll("[\\r\\n]", " "));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
