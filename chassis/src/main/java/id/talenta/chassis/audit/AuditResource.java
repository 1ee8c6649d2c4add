package id.talenta.chassis.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of this service, for accountability reviews (admin, talent committee). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only record of every state change in this service")
public class AuditResource {

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;

    public record AuditEntry(long id, OffsetDateTime occurredAt, String actor, List<String> actorRoles, String action,
            String entityType, String entityId, List<String> changedFields, JsonNode before, JsonNode after,
            String reason, String correlationId) {}

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.TALENT_COMMITTEE})
    @Operation(operationId = "listAuditEntries", summary = "Search the audit trail",
            description = "Roles: admin, talent-committee. Filters combine with AND; times are RFC 3339.")
    @APIResponse(responseCode = "200", description = "A page of audit entries, newest first")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<AuditEntry> list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, Set.of("occurredAt"), "occurredAt");
        StringBuilder where = new StringBuilder(" where true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (entityType != null && !entityType.isBlank()) {
            where.append(" and entity_type = :entityType");
            params.put("entityType", limited("entityType", entityType));
        }
        if (entityId != null && !entityId.isBlank()) {
            where.append(" and entity_id = :entityId");
            params.put("entityId", limited("entityId", entityId));
        }
        if (actor != null && !actor.isBlank()) {
            where.append(" and actor = :actor");
            params.put("actor", limited("actor", actor));
        }
        if (from != null && !from.isBlank()) {
            where.append(" and occurred_at >= :from");
            params.put("from", time("from", from));
        }
        if (to != null && !to.isBlank()) {
            where.append(" and occurred_at < :to");
            params.put("to", time("to", to));
        }
        Query count = em.createNativeQuery("select count(*) from audit_log" + where);
        Query select = em.createNativeQuery("select id, occurred_at, actor, actor_roles, action, entity_type, entity_id, "
                + "changed_fields, before::text, after::text, reason, correlation_id from audit_log" + where
                + " order by id desc limit :limit offset :offset");
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            select.setParameter(k, v);
        });
        select.setParameter("limit", paging.size());
        select.setParameter("offset", paging.offset());
        long total = ((Number) count.getSingleResult()).longValue();
        List<AuditEntry> items = new ArrayList<>();
        for (Object o : select.getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new AuditEntry(((Number) r[0]).longValue(), toOffset(r[1]), (String) r[2], list(r[3]),
                    (String) r[4], (String) r[5], (String) r[6], list(r[7]), json(r[8]), json(r[9]), (String) r[10],
                    (String) r[11]));
        }
        return Page.of(items, paging, total);
    }

    private static String limited(String field, String value) {
        if (value.length() > 200) {
            throw ProblemException.badRequest(field, "must be at most 200 characters");
        }
        return value;
    }

    private static OffsetDateTime time(String field, String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be an RFC 3339 timestamp, e.g. 2025-05-14T00:00:00Z");
        }
    }

    private static OffsetDateTime toOffset(Object o) {
        if (o instanceof OffsetDateTime odt) {
            return odt;
        }
        if (o instanceof java.time.Instant i) {
            return i.atOffset(java.time.ZoneOffset.UTC);
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }

    private static List<String> list(Object o) {
        if (o instanceof String[] a) {
            return Arrays.asList(a);
        }
        if (o instanceof Object[] a) {
            return Arrays.stream(a).map(String::valueOf).toList();
        }
        return List.of();
    }

    private JsonNode json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return mapper.readTree(o.toString());
        } catch (Exception e) {
            return null;
        }
    }
}
