package id.talenta.chassis.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.talenta.chassis.config.ChassisConfig;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The JWT parser every request goes through, with the verified tokens of the last clients remembered: a client
 * sends the same bearer token with every request until it expires, and verifying its RSA signature again each time
 * was most of the CPU of a profile read (JFR: {@code BigInteger.oddModPow} under {@code RSASignature.engineVerify}).
 *
 * <p>Only successfully verified tokens are kept, keyed by the exact token text, and never past their own expiry
 * ({@code exp}; a hit at or after it goes back to the full check, which applies the configured clock skew). A
 * token is therefore accepted exactly when the uncached parser would accept it, except that a token accepted once
 * stays accepted until it expires even if the verification key is rotated meanwhile, as with any cached JWKS.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokenCache implements JWTParser {

    private final DefaultJWTParser parser;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    public VerifiedTokenCache(DefaultJWTParser parser, ChassisConfig config) {
        this.parser = parser;
        int size = config.security().verifiedTokenCacheSize();
        this.verified = size <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumSize(size)
                        .expireAfterWrite(Duration.ofHours(1))
                        .build();
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return parser.parse(token);
        }
        JsonWebToken cached = verified.getIfPresent(token);
        if (cached != null && System.currentTimeMillis() / 1000 < cached.getExpirationTime()) {
            return cached;
        }
        JsonWebToken jwt = parser.parse(token);
        if (jwt.getExpirationTime() > 0) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    /** Size of the cache, for tests and metrics. */
    public long size() {
        return verified == null ? 0 : verified.estimatedSize();
    }

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return parser.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return parser.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return parser.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return parser.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return parser.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return parser.parseOnly(token);
    }
}
