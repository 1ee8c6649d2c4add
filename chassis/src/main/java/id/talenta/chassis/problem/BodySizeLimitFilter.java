package id.talenta.chassis.problem;

import id.talenta.chassis.config.ChassisConfig;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * JSON bodies above {@code talenta.chassis.http.max-json-body} are refused with 413 problem+json before they
 * are read. File uploads (CSV, NDJSON) are streamed and limited by the endpoint that takes them.
 */
public class BodySizeLimitFilter {

    // Looked up per request: filters are created before runtime configuration is available.
    @Inject
    Provider<ChassisConfig> config;

    @ServerRequestFilter(preMatching = true, priority = 2)
    public Response limit(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (type == null
                || !type.getSubtype().toLowerCase().contains("json")
                || type.getSubtype().contains("ndjson")) {
            return null;
        }
        String length = request.getHeaderString("Content-Length");
        if (length == null) {
            return null;
        }
        long limit = config.get().http().maxJsonBody().asLongValue();
        try {
            if (Long.parseLong(length.trim()) > limit) {
                return Problems.response(
                        413,
                        "Payload too large",
                        "The request body is larger than the limit of " + limit + " bytes",
                        request.getUriInfo().getPath(),
                        null);
            }
        } catch (NumberFormatException e) {
            return Problems.response(
                    400,
                    "Invalid request",
                    "Content-Length is not a number",
                    request.getUriInfo().getPath(),
                    null);
        }
        return null;
    }
}
