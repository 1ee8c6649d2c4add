package id.talenta.chassis.testing;

import id.talenta.chassis.security.AccessScope;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Signed JWTs for tests, made with the test key pair (test resources only; never a production key). */
public final class TestTokens {

    public static final String ISSUER = "https://talenta.local/dev";
    /** The audience the services verify in tests ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "talenta";
    /**
     * The groups Keycloak puts into every user's {@code groups} claim beside the platform's roles, when realm roles
     * are mapped to groups as in infra/keycloak: they must grant nothing and take nothing away.
     */
    public static final List<String> PROVIDER_GROUPS =
            List.of("offline_access", "uma_authorization", "default-roles-talenta");

    private static PrivateKey key;

    private TestTokens() {}

    public static String forRole(String role) {
        return build("test-" + role, null, role);
    }

    public static String forRoles(String subject, String... roles) {
        return build(subject, null, roles);
    }

    public static String employee(String nip) {
        return build("employee-" + nip, nip, "employee");
    }

    /** An employee token as the identity provider issues it: {@code employee} plus {@link #PROVIDER_GROUPS}. */
    public static String providerEmployee(String nip) {
        return withProviderGroups(nip, "employee");
    }

    /** A token of {@code roles} with the {@link #PROVIDER_GROUPS} added and, when not null, a nip claim. */
    public static String withProviderGroups(String nip, String... roles) {
        Set<String> groups = new LinkedHashSet<>(List.of(roles));
        groups.addAll(PROVIDER_GROUPS);
        return build(
                "provider-" + String.join("-", roles) + (nip == null ? "" : "-" + nip),
                nip,
                groups.toArray(String[]::new));
    }

    /** A valid token of {@code role} from the trusted issuer and key, but minted for another application. */
    public static String forAudience(String role, String audience) {
        return Jwt.issuer(ISSUER)
                .audience(audience)
                .subject("test-" + role)
                .upn("test-" + role)
                .groups(Set.of(role))
                .expiresIn(3600)
                .sign(key());
    }

    /** A valid token of {@code role} without any audience claim. */
    public static String withoutAudience(String role) {
        return Jwt.issuer(ISSUER)
                .subject("test-" + role)
                .upn("test-" + role)
                .groups(Set.of(role))
                .expiresIn(3600)
                .sign(key());
    }

    /** A token of {@code role} that expires {@code seconds} from now. */
    public static String expiringIn(String role, long seconds) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("test-" + role)
                .upn("test-" + role)
                .groups(Set.of(role))
                .claim(AccessScope.CLAIM, List.of("national"))
                .expiresIn(seconds)
                .sign(key());
    }

    /** A token signed with a key the services do not trust. */
    public static String foreignSigned(String role) throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("intruder")
                .groups(Set.of(role))
                .sign(g.generateKeyPair().getPrivate());
    }

    /**
     * A claims builder with the test issuer and audience and a national access scope, for tests that need claims of
     * their own.
     */
    public static JwtClaimsBuilder claims(String subject, String... roles) {
        return unscoped(subject, roles).claim(AccessScope.CLAIM, List.of("national"));
    }

    private static JwtClaimsBuilder unscoped(String subject, String... roles) {
        return Jwt.issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(subject)
                .upn(subject)
                .groups(Set.of(roles))
                .expiresIn(3600);
    }

    /** A token of {@code role} whose access scope is {@code entries} (e.g. {@code agency:A}, {@code unit:U}). */
    public static String scoped(String role, String... entries) {
        return sign(unscoped("test-" + role, role).claim(AccessScope.CLAIM, List.of(entries)));
    }

    /** A staff token of {@code role} without any access scope (refused with 403). */
    public static String withoutScope(String role) {
        return sign(unscoped("test-" + role, role));
    }

    /** Signs {@code claims} with the test key. */
    public static String sign(JwtClaimsBuilder claims) {
        return claims.sign(key());
    }

    private static synchronized PrivateKey key() {
        if (key == null) {
            try {
                key = KeyUtils.readPrivateKey("talenta-test-private.pem");
            } catch (Exception e) {
                throw new IllegalStateException("test private key missing", e);
            }
        }
        return key;
    }

    private static String build(String subject, String nip, String... roles) {
        JwtClaimsBuilder b = claims(subject, roles);
        if (nip != null) {
            b = b.claim("nip", nip);
        }
        return sign(b);
    }
}
