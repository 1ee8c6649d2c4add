package id.talenta.participant.national;

import id.talenta.participant.config.NationalAsnConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The two tokens every call to the BKN web service carries (docs/siasn.md, section 3): the API-manager token,
 * fetched by client credentials with the agency's consumer key and secret in HTTP Basic and sent as
 * {@code Authorization: Bearer}; and the SSO token, sent as {@code Auth: bearer}: the one an operator supplies
 * (preferred, the password grant is being withdrawn) or one fetched by the password grant as a fallback. Both are
 * cached until shortly before they expire, and dropped together when the service says a token is not accepted.
 */
@ApplicationScoped
public class AccessTokens {

    @Inject
    @RestClient
    TokenApi tokens;

    @Inject
    @RestClient
    SsoTokenApi sso;

    @Inject
    NationalAsnConfig config;

    private String apiManager;
    private Instant apiManagerExpires = Instant.EPOCH;
    private String ssoToken;
    private Instant ssoExpires = Instant.EPOCH;

    /** The {@code Authorization} header: the API-manager token. */
    public synchronized String authorization() {
        if (apiManager == null || Instant.now().isAfter(apiManagerExpires.minus(config.tokenRefreshMargin()))) {
            String basic = Base64.getEncoder()
                    .encodeToString((config.clientId() + ":" + config.clientSecret())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            TokenApi.TokenResponse r = tokens.token(
                    "Basic " + basic, "client_credentials", config.scope().orElse(null));
            if (r == null || r.accessToken() == null) {
                throw new IllegalStateException("the API-manager token endpoint returned no access_token");
            }
            apiManager = r.accessToken();
            apiManagerExpires = Instant.now().plusSeconds(r.expiresIn() == null ? 300 : r.expiresIn());
        }
        return "Bearer " + apiManager;
    }

    /** The {@code Auth} header: the SSO token, or empty when neither a token nor a password grant is configured. */
    public synchronized Optional<String> auth() {
        NationalAsnConfig.Sso c = config.sso();
        if (c.token().isPresent()) {
            return Optional.of("bearer " + c.token().get());
        }
        if (c.username().isEmpty() || c.password().isEmpty()) {
            return Optional.empty();
        }
        if (ssoToken == null || Instant.now().isAfter(ssoExpires.minus(config.tokenRefreshMargin()))) {
            TokenApi.TokenResponse r = sso.token(
                    "password",
                    c.clientId().orElse(null),
                    c.username().get(),
                    c.password().get());
            if (r == null || r.accessToken() == null) {
                throw new IllegalStateException("the SSO token endpoint returned no access_token");
            }
            ssoToken = r.accessToken();
            ssoExpires = Instant.now().plusSeconds(r.expiresIn() == null ? 300 : r.expiresIn());
        }
        return Optional.of("bearer " + ssoToken);
    }

    /** Drops both cached tokens: the next call fetches new ones. */
    public synchronized void invalidate() {
        apiManager = null;
        ssoToken = null;
    }
}
