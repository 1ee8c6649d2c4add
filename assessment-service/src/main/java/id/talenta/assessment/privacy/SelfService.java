package id.talenta.assessment.privacy;

import id.talenta.assessment.store.ReplicaStore;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * Self-service: a caller without a staff role of the operation ({@link CallerIdentity#isSelfService}) reaches
 * a participant's data only when the token's {@code nip} claim is that participant's NIP in the replica. Anything
 * else is a 404, exactly as for a participant that does not exist, so existence does not leak.
 */
@RequestScoped
public class SelfService {

    @Inject
    CallerIdentity caller;

    @Inject
    ReplicaStore replicas;

    /** True when the caller holds no staff role of this operation ({@link CallerIdentity#isSelfService}). */
    public boolean isSelfService() {
        return caller.isSelfService();
    }

    /** For a self-service caller: 404 ({@code what} {@code id} does not exist) unless the participant is the caller. */
    public void requireOwn(UUID participantId, String what, Object id) {
        if (!isSelfService()) {
            return;
        }
        if (!caller.maySee(nipOf(participantId))) {
            throw ProblemException.notFound(what, id);
        }
    }

    private String nipOf(UUID participantId) {
        return replicas.nipOf(participantId).orElse(null);
    }
}
