package id.talenta.chassis.security;

import id.talenta.chassis.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Tells {@link CallerIdentity} which roles the matched operation admits (its {@code @RolesAllowed}, else its
 * class's), so that self-service is decided against the operation and not against every role a token carries; then
 * refuses a staff call whose token has no valid access scope (403, before any code of the operation runs), and a
 * scope narrower than national on an operation that is not marked {@link HonoursScope}: a scope an operation cannot
 * restrict itself to is never served as national.
 */
public class OperationRolesFilter {

    /** What the filter needs to know of an operation, read once per resource method. */
    record Operation(Set<String> admitted, boolean honoursScope) {}

    private final ConcurrentMap<Method, Operation> byMethod = new ConcurrentHashMap<>();

    @Inject
    CallerIdentity caller;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void record(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            Operation operation = byMethod.computeIfAbsent(method, m -> new Operation(admitted(m), honoursScope(m)));
            caller.admittedBy(operation.admitted());
            if (!operation.admitted().isEmpty() && !identity.isAnonymous() && !caller.isSelfService()) {
                AccessScope scope = caller.scope();
                if (!scope.national() && !operation.honoursScope()) {
                    throw ProblemException.forbidden("this operation serves national-scope staff tokens only for "
                            + "now; the token's scope (" + scope.describe() + ") is narrower and is not served as "
                            + "national");
                }
            }
        }
    }

    static Set<String> admitted(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(roles.value()));
    }

    static boolean honoursScope(Method method) {
        return method.isAnnotationPresent(HonoursScope.class)
                || method.getDeclaringClass().isAnnotationPresent(HonoursScope.class);
    }
}
