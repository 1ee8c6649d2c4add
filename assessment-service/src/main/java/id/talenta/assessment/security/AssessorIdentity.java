package id.talenta.assessment.security;

import id.talenta.assessment.domain.ActingAssessor;
import id.talenta.assessment.store.AssessorStore;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Links the caller's token to an assessor record (see {@link ActingAssessor}); the body's assessorId or
 * finalizedBy must be the caller's own assessor unless the caller is an admin.
 */
@RequestScoped
public class AssessorIdentity {

    @Inject
    CallerIdentity caller;

    @Inject
    JsonWebToken token;

    @Inject
    AssessorStore assessors;

    /**
     * Throws 403 unless the caller may act as {@code assessorId}; returns true when an admin acts on behalf of
     * that assessor (recorded in the audit trail).
     */
    public boolean requireMayActAs(String field, UUID assessorId) {
        boolean admin = caller.hasRole(Roles.ADMIN);
        Optional<String> claim = claim();
        Optional<UUID> bySubject = claim.isPresent() || admin ? Optional.empty() : bySubject();
        return switch (ActingAssessor.decide(admin, claim, bySubject, assessorId)) {
            case SELF -> false;
            case ON_BEHALF -> true;
            case INVALID_CLAIM ->
                throw ProblemException.forbidden(
                        "the token's " + ActingAssessor.CLAIM + " claim is not an assessor id (UUID)");
            case NO_IDENTITY ->
                throw ProblemException.forbidden("the token is not linked to an assessor: it has no "
                        + ActingAssessor.CLAIM + " claim and its subject is no assessor's certificate number");
            case OTHER_ASSESSOR ->
                throw ProblemException.forbidden(
                        field + " must be your own assessor id; an " + "assessor may act only as themselves");
        };
    }

    private Optional<String> claim() {
        Object claim = token == null ? null : token.getClaim(ActingAssessor.CLAIM);
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim.toString().replace("\"", "");
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private Optional<UUID> bySubject() {
        String subject = caller.subject();
        if (subject == null || subject.isBlank() || subject.length() > 100) {
            return Optional.empty();
        }
        return assessors.byCertificate(subject);
    }
}
