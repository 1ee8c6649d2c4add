package id.talenta.participant.national;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls the BKN web service as it really answers (docs/siasn.md, section 3): both tokens on every call
 * ({@link AccessTokens}), the {@code {code, data}} envelope ({@code code} 1 is success; HTTP 404 or {@code code} 0
 * with a text in {@code data} is "not found", an answer and not a failure), token problems (401, or the bodies
 * "invalid or expired jwt", "Token SSO mismatch", "Invalid Credentials") drop the cached tokens and are retried,
 * a suspended account is refused without retrying. Retries for transient failures, a timeout per attempt and a
 * circuit breaker; limits can be tuned with the MicroProfile Fault Tolerance keys, e.g.
 * {@code id.talenta.participant.national.NationalAsnGateway/fetch/Timeout/value}.
 */
@ApplicationScoped
public class NationalAsnGateway {

    /** Bodies with which the service says a token is not accepted. */
    private static final List<String> TOKEN_PROBLEMS =
            List.of("invalid or expired jwt", "token sso mismatch", "invalid credentials");

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
            body = api.dataUtama(nip, tokens.authorization(), tokens.auth().orElse(null));
        } catch (WebApplicationException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().getStatus();
            String text = bodyOf(e).toLowerCase(Locale.ROOT);
            if (text.contains("suspended")) {
                throw new NationalAsnRejectedException("the national ASN service reports the account as suspended");
            }
            if (status == 401 || TOKEN_PROBLEMS.stream().anyMatch(text::contains)) {
                tokens.invalidate(); // expired, revoked or mismatched: the retry fetches new ones
                throw new IllegalStateException(
                        "the national ASN service did not accept the tokens (HTTP " + status + ")");
            }
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 400 || status == 403) {
                throw new NationalAsnRejectedException(
                        "the national ASN service refused the request (HTTP " + status + ")");
            }
            throw new IllegalStateException("the national ASN service answered HTTP " + status);
        }
        return record(body);
    }

    /** The record in an answer: {@code {code: 1, data: {...}}}; {@code code} 0 is "not found". */
    static Optional<Map<String, String>> record(JsonNode body) {
        if (body == null || body.isNull()) {
            return Optional.empty();
        }
        JsonNode code = body.get("code");
        JsonNode data = body.get("data");
        if (code != null && code.asInt(-1) != 1) {
            if (code.asInt(-1) == 0 && (data == null || data.isNull() || data.isTextual())) {
                return Optional.empty();
            }
            throw new NationalAsnRejectedException("the national ASN service answered code " + code.asText()
                    + (body.hasNonNull("message") ? ": " + body.get("message").asText() : ""));
        }
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

    private static String bodyOf(WebApplicationException e) {
        try {
            String text = e.getResponse() == null ? null : e.getResponse().readEntity(String.class);
            return text == null ? "" : text;
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    /** A failure that a retry cannot fix. */
    public static class NationalAsnRejectedException extends RuntimeException {
        public NationalAsnRejectedException(String message) {
            super(message);
        }
    }
}
