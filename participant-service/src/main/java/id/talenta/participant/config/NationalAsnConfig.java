package id.talenta.participant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * The BKN web service (SIASN) and its two tokens (docs/siasn.md, section 3): the API manager's client-credentials
 * token (the agency's consumer key and secret) and the SSO token.
 */
@ConfigMapping(prefix = "talenta.national-asn")
public interface NationalAsnConfig {

    /** The API manager's token endpoint ({@code <host>/oauth2/token}, client credentials in HTTP Basic). */
    String tokenUrl();

    /** The agency's consumer key. */
    String clientId();

    /** The agency's consumer secret. */
    String clientSecret();

    Optional<String> scope();

    /** The SSO token, sent as {@code Auth: bearer <token>}. */
    Sso sso();

    interface Sso {
        /** A token an operator supplies (about 12 hours); preferred over the password grant. */
        Optional<String> token();

        /** The SSO token endpoint, for the password grant fallback (Keycloak realm {@code public-siasn}). */
        Optional<String> tokenUrl();

        Optional<String> clientId();

        Optional<String> username();

        Optional<String> password();
    }

    /** Refresh a token this long before it expires. */
    @WithDefault("30s")
    Duration tokenRefreshMargin();

    /** Largest number of NIPs one sync request may ask for. */
    @WithDefault("1000")
    int maxNipsPerRequest();
}
