package id.talenta.chassis.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.config.ChassisConfig;
import id.talenta.chassis.problem.CorrelationIdFilter;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.logging.MDC;

/**
 * Records every state change: who (subject and roles), what (entity, id, before/after of the
 * changed fields), when, why, and the request's correlation id, in the caller's transaction.
 * Changes made by event consumers are recorded with the actor {@code system:<service>}.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    AuditLog log;

    @Inject
    ObjectMapper mapper;

    @Inject
    ChassisConfig config;

    /** Records a change; {@code before} is null for a creation, {@code after} null for a removal. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            AuditAction action, String entityType, Object entityId, Object before, Object after, String reason) {
        String actionName = action.name();
        JsonNode b = before == null ? null : mapper.valueToTree(before);
        JsonNode a = after == null ? null : mapper.valueToTree(after);
        Set<String> changed = changedFields(b, a);
        JsonNode beforeChanged = b != null && a != null ? only(b, changed) : b;
        JsonNode afterChanged = b != null && a != null ? only(a, changed) : a;
        Object correlation = MDC.get(CorrelationIdFilter.MDC_KEY);
        Actor who = actor();
        log.insert(
                who.name(),
                who.roles(),
                actionName,
                entityType,
                String.valueOf(entityId),
                changed,
                beforeChanged,
                afterChanged,
                reason,
                correlation == null ? null : correlation.toString());
    }

    /** Top-level fields whose values differ (all fields of whichever side exists when one is null). */
    static Set<String> changedFields(JsonNode before, JsonNode after) {
        Set<String> fields = new TreeSet<>();
        if (before == null && after == null) {
            return fields;
        }
        if (before == null || after == null) {
            (before == null ? after : before).fieldNames().forEachRemaining(fields::add);
            return fields;
        }
        Set<String> all = new TreeSet<>();
        before.fieldNames().forEachRemaining(all::add);
        after.fieldNames().forEachRemaining(all::add);
        for (String f : all) {
            JsonNode x = before.get(f);
            JsonNode y = after.get(f);
            boolean xNull = x == null || x.isNull();
            boolean yNull = y == null || y.isNull();
            if (xNull != yNull || !xNull && !x.equals(y)) {
                fields.add(f);
            }
        }
        return fields;
    }

    private JsonNode only(JsonNode node, Set<String> fields) {
        ObjectNode out = mapper.createObjectNode();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (fields.contains(f)) {
                out.set(f, node.get(f));
            }
        }
        return out;
    }

    /** Who is acting now: the token's subject in a request, else {@code system:<service>}. */
    public String actorName() {
        return actor().name();
    }

    private record Actor(String name, Set<String> roles) {}

    private Actor actor() {
        ManagedContext request = Arc.container().requestContext();
        if (request.isActive()) {
            SecurityIdentity identity =
                    Arc.container().instance(SecurityIdentity.class).get();
            if (identity != null && !identity.isAnonymous()) {
                return new Actor(identity.getPrincipal().getName(), new TreeSet<>(identity.getRoles()));
            }
        }
        return new Actor("system:" + config.serviceName(), Set.of());
    }
}
