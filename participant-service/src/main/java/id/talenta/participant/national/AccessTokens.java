package id.talenta.participant.national;

import id.talenta.participant.config.NationalAsnConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Fetches and caches the client-credentials access token; refreshed shortly before it expires or on a 401. */
@ApplicationScoped
public class AccessTokens {

    @Inject
    @RestClient
    TokenApi tokens;

    @Inject
    NationalAsnConfig config;

    private String token;
    private Instant expiresAt = Instant.EPOCH;

    public synchronized String bearer() {
        if (token == null || Instant.now().isAfter(expiresAt.minus(config.tokenRefreshMargin()))) {
            TokenApi.TokenResponse r = tokens.token(
                    "client_credentials",
                    config.clientId(),
                    config.clientSecret(),
                    config.scope().orElse(null));
            if (r == null || r.accessToken() == null) {
                throw new IllegalStateException("token endpoint returned no access_token");
            }
            token = r.accessToken();
            expiresAt = Instant.now().plusSeconds(r.expiresIn() == null ? 300 : r.expiresIn());
        }
        return "Bearer " + token;
    }

    public synchronized void invalidate() {
        token = null;
    }
}
