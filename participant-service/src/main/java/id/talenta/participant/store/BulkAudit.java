package id.talenta.participant.store;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.store.PgArrays;
import id.talenta.participant.domain.Participant;
import id.talenta.participant.domain.ParticipantState;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The audit rows of an import batch, written with one {@code COPY} into the chassis {@code audit_log} in the
 * batch's transaction: the same rows {@code AuditTrail#record} writes for the REST operations (actor and roles
 * of whoever started the job, action, entity, changed top-level fields with their before/after values, the
 * starting request's correlation id), without one insert and one Jackson tree per participant.
 */
public final class BulkAudit {

    private CopyText copy;
    private final int expectedRows;
    private final String actor;
    private final String roles;
    private final String correlationId;
    private final StringBuilder json = new StringBuilder(512);
    private int rows;

    public BulkAudit(String actor, String[] roles, String correlationId, int expectedRows) {
        this.expectedRows = expectedRows;
        this.actor = actor;
        this.roles = PgArrays.literal(roles == null ? List.of() : Arrays.asList(roles));
        this.correlationId = correlationId;
    }

    public String actor() {
        return actor;
    }

    /** A registration: every field is "changed", before is null. */
    public void registered(ParticipantState after) {
        Map<String, Object> a = after.values();
        row(
                AuditAction.CREATE,
                Participant.AUDIT_TYPE,
                after.id().toString(),
                new TreeSet<>(a.keySet()),
                null,
                a,
                null);
    }

    /** Something else the import created (a unit, an agency): its entity type, id and fields. */
    public void created(String entityType, String entityId, Map<String, Object> after) {
        row(AuditAction.CREATE, entityType, entityId, new TreeSet<>(after.keySet()), null, after, null);
    }

    /** A change: only the fields that differ (and the version). */
    public void changed(ParticipantState before, ParticipantState after) {
        changed(AuditAction.UPDATE, before, after, null);
    }

    /** A deactivation by the file (its legal status ends service), with the reason. */
    public void deactivated(ParticipantState before, ParticipantState after, String reason) {
        changed(AuditAction.DEACTIVATE, before, after, reason);
    }

    private void changed(AuditAction action, ParticipantState before, ParticipantState after, String reason) {
        Map<String, Object> b = before.values();
        Map<String, Object> a = after.values();
        TreeSet<String> fields = new TreeSet<>();
        a.forEach((k, v) -> {
            if (!java.util.Objects.equals(v, b.get(k))) {
                fields.add(k);
            }
        });
        b.keySet().retainAll(fields);
        a.keySet().retainAll(fields);
        row(action, Participant.AUDIT_TYPE, after.id().toString(), fields, b, a, reason);
    }

    private void row(
            AuditAction action,
            String entityType,
            String entityId,
            TreeSet<String> fields,
            Map<String, Object> before,
            Map<String, Object> after,
            String reason) {
        if (copy == null) {
            copy = new CopyText(Math.min(expectedRows, 2000) * 700); // grows when needed; nothing for a re-import
        }
        copy.col(actor)
                .col(roles)
                .col(action.name())
                .col(entityType)
                .col(entityId)
                .col("{" + String.join(",", fields) + "}");
        if (before == null) {
            copy.col(null);
        } else {
            copy.colBuilt(json(before));
        }
        copy.colBuilt(json(after));
        copy.col(reason).col(correlationId).end();
        rows++;
    }

    private StringBuilder json(Map<String, Object> values) {
        json.setLength(0);
        json.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> e : values.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            JsonText.string(json, e.getKey());
            json.append(':');
            Object v = e.getValue();
            if (v == null) {
                json.append("null");
            } else if (v instanceof Number) {
                json.append(v);
            } else {
                JsonText.string(json, v.toString());
            }
        }
        return json.append('}');
    }

    /** The COPY text of the rows recorded so far; null when there are none. */
    CopyText rows() {
        return rows == 0 ? null : copy;
    }
}
