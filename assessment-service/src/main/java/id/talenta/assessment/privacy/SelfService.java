package id.talenta.assessment.privacy;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Self-service: a caller whose only reason to be here is the {@code employee} role reaches a participant's data
 * only when the token's {@code nip} claim is that participant's NIP in the replica. Anything else is a 404, exactly
 * as for a participant that does not exist, so existence does not leak.
 */
@RequestScoped
public class SelfService {

    @Inject CallerIdentity caller;
    @Inject EntityManager em;

    /** True when the caller holds none of the staff roles (admin, hr-officer, assessor, integration, committee). */
    public boolean isSelfServiceOnly() {
        return !caller.hasRole(Roles.ADMIN) && !caller.hasRole(Roles.HR_OFFICER) && !caller.hasRole(Roles.ASSESSOR)
                && !caller.hasRole(Roles.INTEGRATION) && !caller.hasRole(Roles.TALENT_COMMITTEE);
    }

    /** For a self-service caller: 404 ({@code what} {@code id} does not exist) unless the participant is the caller. */
    public void requireOwn(UUID participantId, String what, Object id) {
        if (!isSelfServiceOnly()) {
            return;
        }
        String nip = caller.nip().orElse(null);
        if (nip == null || !nip.equals(nipOf(participantId))) {
            throw ProblemException.notFound(what, id);
        }
    }

    @SuppressWarnings("unchecked")
    private String nipOf(UUID participantId) {
        List<Object> rows = em.createNativeQuery("select nip from participant_replica where participant_id = ?1")
                .setParameter(1, participantId).getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }
}
