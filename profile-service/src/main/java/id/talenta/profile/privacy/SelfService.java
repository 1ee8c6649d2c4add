package id.talenta.profile.privacy;

import id.talenta.chassis.security.CallerIdentity;
import id.talenta.profile.store.LatestProfileReadModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The self-service rule for profiles (docs/security.md): a caller without a staff role sees only the profile whose
 * NIP (the latest profile's, which follows the replica) is the one in the token; anyone else's is as if it did not
 * exist. Staff see every profile.
 */
@ApplicationScoped
public class SelfService {

    @Inject
    CallerIdentity caller;

    @Inject
    LatestProfileReadModel profiles;

    /** The latest profile document (JSON as stored), if there is one and the caller may see it. */
    public Optional<String> latestDocument(UUID participantId) {
        return profiles.latestDocument(participantId)
                .filter(o -> caller.maySee(o.nip()))
                .map(LatestProfileReadModel.Owned::json);
    }

    /** Whether the caller may read this participant's profile data (history, fit). */
    public boolean mayRead(UUID participantId) {
        return !caller.isSelfService()
                || profiles.nipOf(participantId).map(caller::maySee).orElse(false);
    }
}
