package id.talenta.chassis.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The statements of the audit trail ({@code audit_log}, append-only): one insert, one filtered search. */
@ApplicationScoped
public class AuditLog {

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    public record AuditEntry(
            long id,
            OffsetDateTime occurredAt,
            String actor,
            List<String> actorRoles,
            String action,
            String entityType,
            String entityId,
            List<String> changedFields,
            JsonNode before,
            JsonNode after,
            String reason,
            String correlationId) {}

    /** Search filters; a null field does not filter. */
    public record Filter(String action, String entityType, String entityId, String actor, Instant from, Instant to) {}

    void insert(
            String actor,
            Collection<String> roles,
            String action,
            String entityType,
            String entityId,
            Collection<String> changedFields,
            JsonNode before,
            JsonNode after,
            String reason,
            String correlationId) {
        sql.statement("insert into audit_log (actor, actor_roles, action, entity_type, entity_id, changed_fields, "
                        + "before, after, reason, correlation_id) values (:actor, cast(:roles as text[]), :action, "
                        + ":entityType, :entityId, cast(:changed as text[]), cast(:before as jsonb), "
                        + "cast(:after as jsonb), :reason, :correlationId)")
                .bind("actor", actor)
                .bind("roles", roles)
                .bind("action", action)
                .bind("entityType", entityType)
                .bind("entityId", entityId)
                .bind("changed", changedFields)
                .bind("before", before == null ? null : before.toString())
                .bind("after", after == null ? null : after.toString())
                .bind("reason", reason)
                .bind("correlationId", correlationId)
                .execute();
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        Sql.Statement count = sql.statement("select count(*) as total from audit_log" + where);
        params.forEach(count::bind);
        return count.one(r -> r.count("total")).orElse(0L);
    }

    public List<AuditEntry> page(Filter filter, PageRequest paging) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(filter, params);
        Sql.Statement select = sql.statement("select id, occurred_at, actor, actor_roles, action, entity_type, "
                + "entity_id, changed_fields, cast(before as text) as before, cast(after as text) as after, reason, "
                + "correlation_id from audit_log" + where + " order by id desc limit :limit offset :offset");
        params.forEach(select::bind);
        return select.bind("limit", paging.size())
                .bind("offset", paging.offset())
                .list(this::entry);
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        condition(where, params, "action", "action = :action", f.action());
        condition(where, params, "entityType", "entity_type = :entityType", f.entityType());
        condition(where, params, "entityId", "entity_id = :entityId", f.entityId());
        condition(where, params, "actor", "actor = :actor", f.actor());
        condition(where, params, "from", "occurred_at >= :from", f.from());
        condition(where, params, "to", "occurred_at < :to", f.to());
        return where.toString();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String sql, Object v) {
        if (v != null) {
            where.append(" and ").append(sql);
            params.put(name, v);
        }
    }

    private AuditEntry entry(Row r) {
        Instant at = r.instant("occurred_at");
        return new AuditEntry(
                r.count("id"),
                at == null ? null : at.atOffset(ZoneOffset.UTC),
                r.string("actor"),
                r.strings("actor_roles"),
                r.string("action"),
                r.string("entity_type"),
                r.string("entity_id"),
                r.strings("changed_fields"),
                json(r.string("before")),
                json(r.string("after")),
                r.string("reason"),
                r.string("correlation_id"));
    }

    private JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        try {
            return mapper.readTree(text);
        } catch (Exception e) {
            throw new IllegalStateException("audit_log holds a value that is not JSON", e);
        }
    }
}
