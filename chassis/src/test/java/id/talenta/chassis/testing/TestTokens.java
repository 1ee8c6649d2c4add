package id.talenta.chassis.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.security.PrivateKey;
import java.util.Set;

/** Signed JWTs for tests, made with the test key pair (test resources only; never a production key). */
public final class TestTokens {

    public static final String ISSUER = "https://talenta.local/dev";
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

    /** A token of {@code role} that expires {@code seconds} from now. */
    public static String expiringIn(String role, long seconds) {
        return Jwt.issuer(ISSUER).subject("test-" + role).upn("test-" + role).groups(Set.of(role)).expiresIn(seconds)
                .sign(key());
    }

    /** A token signed with a key the services do not trust. */
    public static String foreignSigned(String role) throws Exception {
        java.security.KeyPairGenerator g = java.security.KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return Jwt.issuer(ISSUER).subject("intruder").groups(Set.of(role)).sign(g.generateKeyPair().getPrivate());
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
        JwtClaimsBuilder b = Jwt.issuer(ISSUER).subject(subject).upn(subject).groups(Set.of(roles))
                .expiresIn(3600);
        if (nip != null) {
            b = b.claim("nip", nip);
        }
        return b.sign(key());
    }
}
