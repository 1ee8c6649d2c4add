package id.talenta.participant.store;

import id.talenta.chassis.security.AccessScope;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;

/** What an access scope covers in the unit trees this service owns. */
@ApplicationScoped
public class ScopeStore {

    @Inject
    Sql sql;

    /**
     * The units inside a scope that is not national: every unit of its agencies, and each of its units with every
     * unit below it (one recursive query over the unit tree; a unit code that does not exist covers nothing).
     */
    public Set<String> unitsWithin(AccessScope scope) {
        if (scope.agencies().isEmpty() && scope.units().isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(sql.statement("with recursive within_scope (code) as ("
                        + "select code from unit where agency_code = any(cast(:agencies as text[])) "
                        + "or code = any(cast(:units as text[])) "
                        + "union select u.code from unit u join within_scope w on u.parent_code = w.code) "
                        + "select code from within_scope")
                .bind("agencies", scope.agencies())
                .bind("units", scope.units())
                .list(r -> r.string("code")));
    }

    /** The agencies a scope that is not national reaches: its agencies and those of its units. */
    public Set<String> agenciesWithin(AccessScope scope) {
        Set<String> agencies = new HashSet<>(scope.agencies());
        if (!scope.units().isEmpty()) {
            agencies.addAll(
                    sql.statement("select distinct agency_code from unit where code = any(cast(:units as text[]))")
                            .bind("units", scope.units())
                            .list(r -> r.string("agency_code")));
        }
        return agencies;
    }
}
