package id.talenta.participant.privacy;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.AccessScope;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.participant.domain.Participant;
import id.talenta.participant.store.ScopeStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who a staff caller may see and change (docs/domain.md, "Who may see whom"): the people and units inside the
 * token's access scope. Outside it, a record answers 404 exactly like one that does not exist, and a unit named in a
 * request body is 422 like an unknown unit, so the API does not reveal what other agencies hold. A self-service
 * caller is limited by the NIP rule instead ({@link SelfService}); a national scope sees everything.
 */
@RequestScoped
public class ScopeGuard {

    @Inject
    CallerIdentity caller;

    @Inject
    ScopeStore store;

    private Optional<Set<String>> units;
    private Set<String> agencies;

    /** The units the caller may see, or empty when it sees every unit. Read once per request. */
    public Optional<Set<String>> units() {
        if (units == null) {
            AccessScope scope = restricting();
            units = scope == null ? Optional.empty() : Optional.of(Set.copyOf(store.unitsWithin(scope)));
        }
        return units;
    }

    /** The agencies the caller reaches, or empty when it reaches every agency. */
    public Optional<Set<String>> agencies() {
        AccessScope scope = restricting();
        if (scope == null) {
            return Optional.empty();
        }
        if (agencies == null) {
            agencies = Set.copyOf(store.agenciesWithin(scope));
        }
        return Optional.of(agencies);
    }

    /** True when the caller reaches agency {@code agencyCode} (some or all of its units). */
    public boolean reaches(String agencyCode) {
        return agencies().map(a -> a.contains(agencyCode)).orElse(true);
    }

    /** True when the caller may see what is in {@code unitCode}. */
    public boolean sees(String unitCode) {
        return units().map(u -> u.contains(unitCode)).orElse(true);
    }

    /** {@code p} when it is inside the caller's scope; otherwise 404 naming {@code shownId}. */
    public Participant visible(Participant p, String shownId) {
        if (p == null || !sees(p.unitCode)) {
            throw ProblemException.notFound("Participant", shownId);
        }
        return p;
    }

    /** A unit a request names (to register into, move to, or create under) must be inside the scope: else 422. */
    public void requireUnit(String field, String unitCode) {
        if (unitCode != null && !sees(unitCode)) {
            throw ProblemException.unprocessable(
                    field, "unit " + unitCode + " does not exist or is outside your access scope");
        }
    }

    /** A whole agency (a root unit of its tree) needs a scope with that agency (or national): else 422. */
    public void requireWholeAgency(String field, String agencyCode) {
        AccessScope scope = restricting();
        if (scope != null && !scope.coversAgency(agencyCode)) {
            throw ProblemException.unprocessable(
                    field, "agency " + agencyCode + " does not exist or is outside your access scope");
        }
    }

    /** The scope that restricts this caller, or null when nothing does (national, or served as self-service). */
    private AccessScope restricting() {
        if (caller.isSelfService()) {
            return null;
        }
        AccessScope scope = caller.scope();
        return scope.national() ? null : scope;
    }
}
