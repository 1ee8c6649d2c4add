package id.talenta.participant.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The national ASN web service (SIASN) and its OAuth2 client-credentials token endpoint. */
@ConfigMapping(prefix = "talenta.national-asn")
public interface NationalAsnConfig {

    /** Token endpoint (OAuth2 client credentials grant). */
    String tokenUrl();

    String clientId();

    String clientSecret();

    Optional<String> scope();

    /** Refresh a token this long before it expires. */
    @WithDefault("30s")
    Duration tokenRefreshMargin();

    /** Largest number of NIPs one sync request may ask for. */
    @WithDefault("1000")
    int maxNipsPerRequest();
}
