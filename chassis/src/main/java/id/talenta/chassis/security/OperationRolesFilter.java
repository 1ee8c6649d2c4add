package id.talenta.chassis.security;

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
 * class's), so that self-service is decided against the operation and not against every role a token carries.
 */
public class OperationRolesFilter {

    private final ConcurrentMap<Method, Set<String>> byMethod = new ConcurrentHashMap<>();

    @Inject
    CallerIdentity caller;

    @ServerRequestFilter
    public void record(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            caller.admittedBy(byMethod.computeIfAbsent(method, OperationRolesFilter::admitted));
        }
    }

    static Set<String> admitted(Method method) {
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            roles = method.getDeclaringClass().getAnnotation(RolesAllowed.class);
        }
        return roles == null ? Set.of() : Set.copyOf(java.util.Arrays.asList(roles.value()));
    }
}
