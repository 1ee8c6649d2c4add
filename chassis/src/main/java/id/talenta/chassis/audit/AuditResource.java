package id.talenta.chassis.audit;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit trail of this service, for accountability reviews (admin, talent committee). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Append-only record of every state change in this service")
public class AuditResource {

    @Inject
    AuditLog log;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.TALENT_COMMITTEE})
    @Operation(
            operationId = "listAuditEntries",
            summary = "Search the audit trail",
            description = "Roles: admin, talent-committee. Filters combine with AND; times are RFC 3339. Actions are "
                    + "one vocabulary in every service (CREATE, UPDATE, DEACTIVATE, REMOVE, REPLICATE, IMPORT, "
                    + "EXPORT, ENROLL, ASSIGN, RATE, FINALIZE, REVISE, START, COMPLETE, CANCEL, COMPUTE, EXPIRE, "
                    + "ACTIVATE, PLACE, CALIBRATE, WITHDRAW, NOMINATE); the entity type says what was changed.")
    @APIResponse(responseCode = "200", description = "A page of audit entries, newest first")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<AuditLog.AuditEntry> list(
            @QueryParam("action") String action,
            @QueryParam("entityType") String entityType,
            @QueryParam("entityId") String entityId,
            @QueryParam("actor") String actor,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        PageRequest paging = PageRequest.of(page, size, null, Set.of("occurredAt"), "occurredAt");
        AuditLog.Filter filter = new AuditLog.Filter(
                action(action),
                text("entityType", entityType),
                text("entityId", entityId),
                text("actor", actor),
                time("from", from),
                time("to", to));
        return Page.of(log.page(filter, paging), paging, log.count(filter));
    }

    private static String action(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return AuditAction.valueOf(value).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("action", "must be one of " + Arrays.toString(AuditAction.values()));
        }
    }

    private static String text(String field, String value) {
        return value == null || value.isBlank() ? null : limited(field, value);
    }

    private static String limited(String field, String value) {
        if (value.length() > 200) {
            throw ProblemException.badRequest(field, "must be at most 200 characters");
        }
        return value;
    }

    private static Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(field, "must be an RFC 3339 timestamp, e.g. 2025-05-14T00:00:00Z");
        }
    }
}
