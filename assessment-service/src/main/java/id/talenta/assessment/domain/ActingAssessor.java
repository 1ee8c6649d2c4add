package id.talenta.assessment.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may act as which assessor (rating, potential, finalize, revise). An {@code admin} may act for any assessor
 * (audited). An assessor acts only as themselves: the token's {@code assessorId} claim names their assessor
 * record; without that claim, the token's subject must be an assessor's certificate number.
 */
public final class ActingAssessor {

    /** The token claim naming the caller's assessor record (a UUID). */
    public static final String CLAIM = "assessorId";

    /** What the caller is allowed: act as the requested assessor (on their own behalf or, as admin, for them). */
    public enum Verdict {
        SELF,
        ON_BEHALF,
        NO_IDENTITY,
        INVALID_CLAIM,
        OTHER_ASSESSOR
    }

    private ActingAssessor() {}

    /**
     * @param admin the caller has the admin role
     * @param claim the raw {@code assessorId} claim, if the token has one
     * @param bySubject the assessor whose certificate number equals the token subject, if any (only consulted
     *                  when there is no claim)
     * @param requested the assessor named in the request body
     */
    public static Verdict decide(boolean admin, Optional<String> claim, Optional<UUID> bySubject, UUID requested) {
        Optional<UUID> own;
        if (claim.isPresent()) {
            try {
                own = Optional.of(UUID.fromString(claim.get().trim()));
            } catch (IllegalArgumentException e) {
                return admin ? Verdict.ON_BEHALF : Verdict.INVALID_CLAIM;
            }
        } else {
            own = bySubject;
        }
        if (own.isPresent() && own.get().equals(requested)) {
            return Verdict.SELF;
        }
        if (admin) {
            return Verdict.ON_BEHALF;
        }
        return own.isEmpty() ? Verdict.NO_IDENTITY : Verdict.OTHER_ASSESSOR;
    }
}
