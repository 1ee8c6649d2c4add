package id.talenta.participant.national;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls the national ASN service with retries (transient failures), a timeout per attempt and a circuit breaker
 * (stop hammering a service that is down). An unknown NIP (404) is an answer, not a failure. Limits can be tuned
 * with the MicroProfile Fault Tolerance keys, e.g. {@code id.talenta.participant.national.NationalAsnGateway/fetch/Timeout/value}.
 */
@ApplicationScoped
public class NationalAsnGateway {

    @Inject
    @RestClient
    NationalAsnApi api;

    @Inject
    AccessTokens tokens;

    /** The SIASN record's fields (SIASN names) of a NIP, or empty when the service does not know it. */
    @Retry(maxRetries = 3, delay = 200, jitter = 100, abortOn = NationalAsnRejectedException.class)
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreaker(
            requestVolumeThreshold = 20,
            failureRatio = 0.75,
            delay = 30,
            delayUnit = ChronoUnit.SECONDS,
            skipOn = NationalAsnRejectedException.class)
    public Optional<Map<String, String>> fetch(String nip) {
        JsonNode body;
        try {
            body = api.dataUtama(nip, tokens.bearer());
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 401) {
                tokens.invalidate(); // expired or revoked: the retry fetches a new one
            }
            if (status == 400 || status == 403) {
                throw new NationalAsnRejectedException(
                        "the national ASN service refused the request (HTTP " + status + ")");
            }
            throw new IllegalStateException("the national ASN service answered HTTP " + status);
        }
        JsonNode data = body == null ? null : body.get("data");
        if (data == null || data.isNull()) {
            return Optional.empty();
        }
        if (!data.isObject()) {
            throw new NationalAsnRejectedException("the national ASN service answered with an unexpected shape");
        }
        Map<String, String> fields = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = data.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue() != null
                    && e.getValue().isValueNode()
                    && !e.getValue().isNull()) {
                fields.put(e.getKey(), e.getValue().asText());
            }
        }
        return Optional.of(fields);
    }

    /** A failure that a retry cannot fix. */
    public static class NationalAsnRejectedException extends RuntimeException {
        public NationalAsnRejectedException(String message) {
            super(message);
        }
    }
}
