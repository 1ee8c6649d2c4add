package id.talenta.talent.privacy;

import id.talenta.chassis.security.CallerIdentity;
import id.talenta.talent.domain.Person;
import id.talenta.talent.store.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The self-service rule of this service: a caller without a staff role the operation admits (chassis
 * {@link CallerIdentity#isSelfService()}) sees a participant's data only when the token's {@code nip} is the NIP
 * this service holds for them ({@link Person}: participant replica, else profile replica).
 */
@ApplicationScoped
public class SelfService {

    @Inject
    CallerIdentity caller;

    @Inject
    People people;

    /** Whether the caller is served as an employee looking at their own data. */
    public boolean applies() {
        return caller.isSelfService();
    }

    /** Whether the self-service caller may see the participant's data (an unknown participant: no). */
    @Transactional
    public boolean maySee(UUID participantId) {
        return people.find(participantId).map(Person::nip).map(caller::maySee).orElse(false);
    }
}
