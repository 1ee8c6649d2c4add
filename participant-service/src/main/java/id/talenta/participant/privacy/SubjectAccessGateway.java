package id.talenta.participant.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.participant.config.SubjectAccessConfig;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Gathers the subject access sections of the other services in parallel, forwarding the caller's bearer token.
 * A service that is down, slow or answers non-2xx becomes {@code {"status": "UNAVAILABLE", "detail": ...}}; the
 * export as a whole still answers (the caller can retry).
 */
@ApplicationScoped
public class SubjectAccessGateway {

    private static final Logger LOG = Logger.getLogger(SubjectAccessGateway.class);

    @Inject
    SubjectAccessConfig config;

    @Inject
    ObjectMapper mapper;

    private final Map<String, SubjectAccessApi> services = new LinkedHashMap<>();

    @PostConstruct
    void init() {
        services.put("assessment-service", client(config.assessmentUrl()));
        services.put("profile-service", client(config.profileUrl()));
        services.put("talent-pool-service", client(config.talentUrl()));
    }

    private SubjectAccessApi client(URI base) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(base)
                .connectTimeout(config.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(config.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build(SubjectAccessApi.class);
    }

    /** The section of every other service, by service name, in a stable order. */
    public Map<String, JsonNode> gather(String participantId, String authorization, String correlationId) {
        Map<String, CompletableFuture<JsonNode>> calls = new LinkedHashMap<>();
        long waitMillis =
                config.connectTimeout().toMillis() + config.readTimeout().toMillis() + 500;
        services.forEach((name, api) -> {
            CompletableFuture<JsonNode> call;
            try {
                call = api.section(participantId, authorization, correlationId).toCompletableFuture();
            } catch (RuntimeException e) {
                call = CompletableFuture.failedFuture(e);
            }
            calls.put(
                    name,
                    call.orTimeout(waitMillis, TimeUnit.MILLISECONDS)
                            .handle((body, failure) -> failure == null ? body : unavailable(name, failure)));
        });
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        calls.forEach((name, call) -> sections.put(name, call.join()));
        return sections;
    }

    private JsonNode unavailable(String service, Throwable failure) {
        Throwable cause =
                failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String detail;
        if (cause instanceof WebApplicationException w && w.getResponse() != null) {
            detail = service + " answered HTTP " + w.getResponse().getStatus();
        } else if (cause instanceof TimeoutException
                || hasCause(cause, TimeoutException.class)
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timeout")
                || String.valueOf(cause.getMessage()).toLowerCase().contains("timed out")) {
            detail = service + " did not answer in time";
        } else {
            detail = service + " is not reachable";
        }
        LOG.warnf("subject access export: %s (%s)", detail, cause.getClass().getSimpleName());
        ObjectNode n = mapper.createObjectNode();
        n.put("service", service);
        n.put("status", "UNAVAILABLE");
        n.put("detail", detail + "; retry the export later");
        return n;
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
