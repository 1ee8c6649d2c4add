package id.talenta.participant.privacy;

import id.talenta.chassis.scope.OrganisationScope;
import id.talenta.participant.domain.Participant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * The chassis' {@link OrganisationScope} over this service's own unit trees ({@code talenta.chassis.security.unit-table
 * = unit}), with the participant-specific check: a participant outside the caller's scope answers 404 exactly like one
 * that does not exist. A self-service caller is limited by the NIP rule instead ({@link SelfService}).
 */
@RequestScoped
public class ScopeGuard {

    @Inject
    OrganisationScope scope;

    public Optional<Set<String>> units() {
        return scope.units();
    }

    public Optional<Set<String>> agencies() {
        return scope.agencies();
    }

    public boolean reaches(String agencyCode) {
        return scope.reaches(agencyCode);
    }

    public boolean sees(String unitCode) {
        return scope.sees(unitCode);
    }

    /** {@code p} when it is inside the caller's scope; otherwise 404 naming {@code shownId}. */
    public Participant visible(Participant p, String shownId) {
        return scope.visible(p, p == null ? null : p.unitCode, "Participant", shownId);
    }

    public void requireUnit(String field, String unitCode) {
        scope.requireUnit(field, unitCode);
    }

    public void requireWholeAgency(String field, String agencyCode) {
        scope.requireWholeAgency(field, agencyCode);
    }
}
