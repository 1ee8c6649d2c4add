package id.talenta.chassis.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling: subject, roles and (for employees) their NIP. */
@RequestScoped
public class CallerIdentity {

    @Inject SecurityIdentity identity;
    @Inject JsonWebToken token;

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** True when the caller's only reason to be here is self-service. */
    public boolean isOnlyEmployee() {
        return identity.hasRole(Roles.EMPLOYEE) && identity.getRoles().stream().allMatch(Roles.EMPLOYEE::equals);
    }

    public Optional<String> nip() {
        Object claim = token == null ? null : token.getClaim(Roles.NIP_CLAIM);
        return claim == null ? Optional.empty() : Optional.of(claim.toString().replace("\"", ""));
    }
}
