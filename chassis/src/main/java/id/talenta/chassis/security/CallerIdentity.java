package id.talenta.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: subject, roles and (for employees) their NIP, and whether this request is served as self-service
 * ({@link Roles#isSelfService}, with the roles the called operation admits, which {@link OperationRolesFilter}
 * records). Every service decides "own data only" here and nowhere else.
 */
@RequestScoped
public class CallerIdentity {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    private Set<String> admitted;

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /**
     * True when the caller may see only its own data in this request: it holds no staff role that the operation
     * admits. Outside an HTTP operation every staff role counts.
     */
    public boolean isSelfService() {
        return Roles.isSelfService(identity.getRoles(), admitted == null ? Roles.STAFF : admitted);
    }

    /** True when the caller may see the person with {@code subjectNip}: staff, or that person themselves. */
    public boolean maySee(String subjectNip) {
        return !isSelfService() || Roles.isOwn(nip().orElse(null), subjectNip);
    }

    public Optional<String> nip() {
        Object claim = token == null ? null : token.getClaim(Roles.NIP_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }

    /** The roles the operation being served admits (its {@code @RolesAllowed}); set once per request. */
    void admittedBy(Set<String> roles) {
        this.admitted = roles;
    }
}
