package id.talenta.e2e.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs development JWTs with the key pair that ./talenta generates into .talenta/keys (the same
 * tokens as {@code ./talenta token <role>}); only a platform started by ./talenta trusts them.
 */
public final class DevTokens {

    public static final String ISSUER = "https://talenta.local/dev";
    /** The audience the services verify ({@code mp.jwt.verify.audiences}, as ./talenta starts them). */
    public static final String AUDIENCE = "talenta";
    /** The claim that carries a staff caller's access scope. */
    public static final String ACCESS_SCOPE = "accessScope";

    /** The groups Keycloak adds beside the platform's roles when realm roles are mapped to groups. */
    public static final List<String> PROVIDER_GROUPS =
            List.of("offline_access", "uma_authorization", "default-roles-talenta");

    private final PrivateKey key;
    private final Map<String, String> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    public DevTokens(Path privateKeyPem) {
        try {
            String pem = Files.readString(privateKeyPem);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException(
                    "cannot read the development key " + privateKeyPem + " (run ./talenta up first)", e);
        }
    }

    /** The key in TALENTA_HOME (or the current checkout) at .talenta/keys/dev-private.pem. */
    public static DevTokens fromCheckout() {
        String home = System.getenv().getOrDefault("TALENTA_HOME", System.getProperty("talenta.home", ""));
        Path dir = home.isBlank() ? Path.of("").toAbsolutePath() : Path.of(home);
        while (dir != null && !Files.exists(dir.resolve(".talenta/keys/dev-private.pem"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no .talenta/keys/dev-private.pem found; run ./talenta up first");
        }
        return new DevTokens(dir.resolve(".talenta/keys/dev-private.pem"));
    }

    public String forRole(String role) {
        return cache.computeIfAbsent(role, r -> sign("demo-" + r, null, r));
    }

    public String employee(String nip) {
        return cache.computeIfAbsent("employee:" + nip, k -> sign("employee-" + nip, nip, "employee"));
    }

    /**
     * An employee token shaped as the identity provider issues it: {@code employee} plus {@link #PROVIDER_GROUPS},
     * which must neither widen nor narrow what the employee reaches.
     */
    public String providerEmployee(String nip) {
        return cache.computeIfAbsent(
                "provider-employee:" + nip,
                k -> sign(
                        "employee-" + nip,
                        nip,
                        java.util.stream.Stream.concat(java.util.stream.Stream.of("employee"), PROVIDER_GROUPS.stream())
                                .toList(),
                        Map.of()));
    }

    /** A token of {@code role} acting within {@code scope} (e.g. {@code agency:PROBOLINGGO}, {@code unit:BKPSDM}). */
    public String scoped(String role, String... scope) {
        return cache.computeIfAbsent(
                role + "@" + String.join(",", scope),
                k -> sign("demo-" + role, null, role, Map.of(ACCESS_SCOPE, List.of(scope))));
    }

    /** A staff token of {@code role} without any access scope (the services refuse it with 403). */
    public String withoutScope(String role) {
        return cache.computeIfAbsent(
                role + "@none", k -> sign("demo-" + role, null, role, Map.of(ACCESS_SCOPE, List.of())));
    }

    /** An assessor's token: the {@code assessorId} claim links it to the assessor record it may act as. */
    public String assessor(String assessorId) {
        return cache.computeIfAbsent(
                "assessor:" + assessorId,
                k -> sign("assessor-" + assessorId, null, "assessor", Map.of("assessorId", assessorId)));
    }

    public String sign(String subject, String nip, String role) {
        return sign(subject, nip, role, Map.of());
    }

    public String sign(String subject, String nip, String role, Map<String, Object> extraClaims) {
        return sign(subject, nip, List.of(role), extraClaims);
    }

    public String sign(String subject, String nip, List<String> groups, Map<String, Object> extraClaims) {
        try {
            long now = System.currentTimeMillis() / 1000;
            Map<String, Object> header = Map.of("alg", "RS256", "typ", "JWT", "kid", "talenta-dev");
            Map<String, Object> claims = new LinkedHashMap<>();
            claims.put("iss", ISSUER);
            claims.put("sub", subject);
            claims.put("upn", subject);
            claims.put("aud", AUDIENCE);
            claims.put("groups", groups);
            if (nip != null) {
                claims.put("nip", nip);
            }
            // Staff act within an access scope; without one asked for, the development token is national (an
            // empty scope leaves the claim out).
            claims.put(ACCESS_SCOPE, List.of("national"));
            claims.putAll(extraClaims);
            if (List.of().equals(claims.get(ACCESS_SCOPE))) {
                claims.remove(ACCESS_SCOPE);
            }
            claims.put("iat", now);
            claims.put("exp", now + 8 * 3600);
            claims.put("jti", UUID.randomUUID().toString());
            String signingInput = b64(JSON.writeValueAsBytes(header)) + "." + b64(JSON.writeValueAsBytes(claims));
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + b64(rsa.sign());
        } catch (Exception e) {
            throw new IllegalStateException("cannot sign a development token", e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
