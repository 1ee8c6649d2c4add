package id.talenta.talent.api;

import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.succession.SuccessionQueries;
import id.talenta.talent.succession.SuccessionViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Succession", description = "Readiness change feed and organisation bench strength")
public class ReadinessResource {

    @Inject
    SuccessionQueries queries;

    @GET
    @Path("/readiness-changes")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "listReadinessChanges",
            summary =
                    "Readiness changes after a sequence number or RFC 3339 "
                            + "timestamp, oldest first (the same changes as succession.readiness.changed); poll again with nextSince")
    @APIResponse(responseCode = "200", description = "{items, nextSince}")
    @APIResponse(responseCode = "400", description = "Invalid since or limit")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public SuccessionViews.ReadinessFeed changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        Integer parsed = Filters.integer(limit, "limit");
        int n = parsed == null ? 100 : parsed;
        if (n < 1 || n > 1000) {
            throw ProblemException.badRequest("limit", "must be between 1 and 1000");
        }
        if (since != null && since.length() > 40) {
            throw ProblemException.badRequest("since", "must be a sequence number or an RFC 3339 timestamp");
        }
        return queries.feed(since, n);
    }

    @GET
    @Path("/bench-strength")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "getBenchStrength",
            summary = "Bench strength across the organisation: per position, "
                    + "positions without a ready-now successor first")
    @APIResponse(responseCode = "200", description = "Totals and a page of positions")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public SuccessionViews.OrganisationBench bench(
            @QueryParam("unitCode") String unitCode,
            @QueryParam("jobLevel") String jobLevel,
            @QueryParam("withoutReadyNow") String withoutReadyNow,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return queries.bench(
                Filters.unitCode(unitCode),
                Filters.jobLevel(jobLevel, "jobLevel"),
                Filters.bool(withoutReadyNow, "withoutReadyNow"),
                PageRequest.of(
                        Filters.integer(page, "page"),
                        Filters.integer(size, "size"),
                        Filters.sort(sort),
                        Set.of("title", "criticality"),
                        "criticality"));
    }
}
