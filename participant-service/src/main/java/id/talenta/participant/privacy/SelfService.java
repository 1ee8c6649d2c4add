package id.talenta.participant.privacy;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.participant.domain.Participant;

/**
 * Self-service visibility ({@link CallerIdentity#isSelfService}): a caller without a staff role of the operation
 * sees the participant whose NIP is in the token's {@code nip} claim and nothing else. Anyone else's record answers
 * 404, exactly like an unknown one, so the API does not reveal who is registered.
 */
public final class SelfService {

    private SelfService() {}

    /** {@code p} when the caller may see it; otherwise (or when there is none) 404 naming {@code shownId}. */
    public static Participant visible(Participant p, CallerIdentity caller, String shownId) {
        if (p == null || !caller.maySee(p.nip)) {
            throw ProblemException.notFound("Participant", shownId);
        }
        return p;
    }
}
