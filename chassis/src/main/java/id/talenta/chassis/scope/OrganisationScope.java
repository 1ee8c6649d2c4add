package id.talenta.chassis.scope;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.AccessScope;
import id.talenta.chassis.security.CallerIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;

/**
 * Who a staff caller may see and change, in every service (docs/domain.md, "Who may see whom"): the people, units and
 * positions inside the token's access scope. Outside it, a record answers 404 exactly like one that does not exist,
 * a unit named in a request body is 422 like an unknown unit, and lists and aggregates count only the scope, so the
 * API does not reveal what other agencies hold. A national scope sees everything; a self-service caller is limited by
 * the NIP rule instead. Stores take {@link #units()} as a filter ({@code null}: no filter).
 */
@RequestScoped
public class OrganisationScope {

    @Inject
    CallerIdentity caller;

    @Inject
    UnitTree tree;

    private Optional<Set<String>> units;
    private Set<String> agencies;

    /** The units the caller may see, or empty when it sees every unit. Resolved once per request. */
    public Optional<Set<String>> units() {
        if (units == null) {
            AccessScope scope = restricting();
            units = scope == null ? Optional.empty() : Optional.of(Set.copyOf(tree.unitsWithin(scope)));
        }
        return units;
    }

    /** {@link #units()} as a store filter: null when nothing restricts the caller. */
    public Set<String> unitFilter() {
        return units().orElse(null);
    }

    /** The agencies the caller reaches (some or all of their units), or empty when it reaches every agency. */
    public Optional<Set<String>> agencies() {
        AccessScope scope = restricting();
        if (scope == null) {
            return Optional.empty();
        }
        if (agencies == null) {
            agencies = Set.copyOf(tree.agenciesWithin(scope));
        }
        return Optional.of(agencies);
    }

    /** True when nothing restricts the caller (national scope, or a self-service request). */
    public boolean unrestricted() {
        return restricting() == null;
    }

    /** True when the caller reaches agency {@code agencyCode}. */
    public boolean reaches(String agencyCode) {
        return agencies().map(a -> a.contains(agencyCode)).orElse(true);
    }

    /** True when the caller may see what is in {@code unitCode} (a null unit is outside every narrow scope). */
    public boolean sees(String unitCode) {
        return units().map(u -> unitCode != null && u.contains(unitCode)).orElse(true);
    }

    /** {@code thing} when it is in a unit the caller sees; otherwise 404 naming {@code what} and {@code shownId}. */
    public <T> T visible(T thing, String unitCode, String what, String shownId) {
        if (thing == null || !sees(unitCode)) {
            throw ProblemException.notFound(what, shownId);
        }
        return thing;
    }

    /** A unit a request names (to register into, move to, or create under) must be inside the scope: else 422. */
    public void requireUnit(String field, String unitCode) {
        if (unitCode != null && !sees(unitCode)) {
            throw ProblemException.unprocessable(
                    field, "unit " + unitCode + " does not exist or is outside your access scope");
        }
    }

    /** A whole agency (a root unit of its tree, an agency's policy) needs a scope with that agency: else 422. */
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
