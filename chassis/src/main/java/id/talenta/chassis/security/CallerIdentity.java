package id.talenta.chassis.security;

import id.talenta.chassis.problem.ProblemException;
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

    /** The token's {@link AccessScope#CLAIM} claim, read (missing, invalid, or a scope). */
    public AccessScope.Reading scopeClaim() {
        return AccessScope.read(token == null ? null : token.getClaim(AccessScope.CLAIM));
    }

    /**
     * The scope a staff caller acts within; a missing or invalid claim is 403 (a staff token must carry one). Only
     * staff calls have a scope: self-service is limited by the NIP rule instead.
     */
    public AccessScope scope() {
        AccessScope.Reading r = scopeClaim();
        if (r.valid()) {
            return r.scope();
        }
        throw ProblemException.forbidden(
                r.missing()
                        ? "this staff token carries no access scope: its " + AccessScope.CLAIM
                                + " claim must list national, "
                                + "agency:CODE or unit:CODE (./talenta token <role> --scope ...)"
                        : r.problem());
    }

    /** The roles the operation being served admits (its {@code @RolesAllowed}); set once per request. */
    void admittedBy(Set<String> roles) {
        this.admitted = roles;
    }
}
