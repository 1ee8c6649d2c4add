package id.talenta.participant.api;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.participant.domain.Participant;

/**
 * Self-service visibility: a caller whose only role is {@code employee} sees the participant whose NIP is in the
 * token's {@code nip} claim and nothing else. Anyone else's record answers 404, exactly like an unknown one, so
 * the API does not reveal who is registered.
 */
final class SelfService {

    private SelfService() {}

    static Participant visible(Participant p, CallerIdentity caller, String shownId) {
        if (p == null || caller.isOnlyEmployee() && !caller.nip().map(p.nip::equals).orElse(false)) {
            throw ProblemException.notFound("Participant", shownId);
        }
        return p;
    }
}
