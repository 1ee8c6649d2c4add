package id.talenta.profile.events;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/**
 * What this service publishes, through the outbox in the caller's transaction: {@code profile.computed} on
 * {@code talenta.profiles.v1}, key and {@code ce_subject} {@code profiles/{participantId}}. The payload is the
 * profile version as stored ({@code domain.ProfileDocument}, contracts/schemas/profile.computed.schema.json),
 * serialised once by the store and published as it is.
 */
@ApplicationScoped
public class ProfileEvents {

    public static final String PROFILE_COMPUTED = "profile.computed";

    @Inject
    Outbox outbox;

    @Inject
    TopicsConfig topics;

    /** A new profile version of {@code participantId}; {@code document} is its JSON as stored. */
    public void computed(UUID participantId, String document) {
        outbox.publish(
                topics.profiles(), participantId.toString(), PROFILE_COMPUTED, "profiles/" + participantId, document);
    }
}
