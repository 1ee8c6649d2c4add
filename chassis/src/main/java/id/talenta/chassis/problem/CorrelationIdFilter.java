package id.talenta.chassis.problem;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every request gets a correlation id (the caller's X-Correlation-Id if sane), in logs, problems and the response. */
public class CorrelationIdFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && SAFE.matcher(given).matches()
                ? given
                : UUID.randomUUID().toString();
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    public void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id.toString());
        }
        response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders().putSingle("Cache-Control", "no-store");
        MDC.remove(MDC_KEY);
    }

    static String path(UriInfo uri) {
        return uri == null ? null : uri.getPath();
    }
}
