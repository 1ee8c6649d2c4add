package id.talenta.chassis.scope;

import id.talenta.chassis.config.ChassisConfig;
import id.talenta.chassis.security.AccessScope;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an access scope covers in the unit trees a service keeps ({@link ChassisConfig.Security#unitTable()}: its own
 * units in participant-service, the replica of the units topic elsewhere): one recursive query over the parent links,
 * so a moved unit takes its whole subtree with it.
 */
@ApplicationScoped
public class UnitTree {

    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Inject
    Sql sql;

    @Inject
    ChassisConfig config;

    /**
     * The units inside a scope that is not national: every unit of its agencies, and each of its units with every unit
     * below it. A unit code that does not exist (yet) covers nothing.
     */
    public Set<String> unitsWithin(AccessScope scope) {
        if (scope.agencies().isEmpty() && scope.units().isEmpty()) {
            return Set.of();
        }
        String t = table();
        return new HashSet<>(sql.statement("with recursive within_scope (code) as ("
                        + "select code from " + t + " where agency_code = any(cast(:agencies as text[])) "
                        + "or code = any(cast(:units as text[])) "
                        + "union select u.code from " + t + " u join within_scope w on u.parent_code = w.code) "
                        + "select code from within_scope")
                .bind("agencies", scope.agencies())
                .bind("units", scope.units())
                .list(r -> r.string("code")));
    }

    /** The agencies a scope that is not national reaches: its agencies and those of its units. */
    public Set<String> agenciesWithin(AccessScope scope) {
        Set<String> agencies = new HashSet<>(scope.agencies());
        if (!scope.units().isEmpty()) {
            agencies.addAll(sql.statement(
                            "select distinct agency_code from " + table() + " where code = any(cast(:units as text[]))")
                    .bind("units", scope.units())
                    .list(r -> r.string("agency_code")));
        }
        return agencies;
    }

    /** The agency of a unit, if the tree knows the unit. */
    public java.util.Optional<String> agencyOf(String unitCode) {
        return sql.statement("select agency_code from " + table() + " where code = :code")
                .bind("code", unitCode)
                .one(r -> r.string("agency_code"));
    }

    private String table() {
        String t = config.security().unitTable();
        if (!TABLE.matcher(t).matches()) {
            throw new IllegalStateException("talenta.chassis.security.unit-table is not a table name: " + t);
        }
        return t;
    }
}
