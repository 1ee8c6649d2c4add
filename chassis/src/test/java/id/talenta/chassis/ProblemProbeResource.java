package id.talenta.chassis;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Endpoints that fail in every way a real one can, to test the problem+json mapping. */
@Path("/probe")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProblemProbeResource {

    public enum Kind {
        ALPHA,
        BETA
    }

    public record Item(
            @NotBlank String code,
            @NotNull @DecimalMin("1.0") @DecimalMax("5.0") BigDecimal level) {}

    public record Body(@NotBlank String name, @NotNull Kind kind, List<@Valid Item> items) {}

    @Inject
    AuditTrail audit;

    @Inject
    id.talenta.chassis.security.CallerIdentity caller;

    @POST
    @Path("/audited/{id}")
    @RolesAllowed("hr-officer")
    @Transactional
    public String audited(@jakarta.ws.rs.PathParam("id") String id, @QueryParam("reason") String reason) {
        audit.record(
                AuditAction.UPDATE,
                "probe",
                id,
                Map.of("name", "old", "kept", 1),
                Map.of("name", "new", "kept", 1),
                reason);
        return "{}";
    }

    @GET
    @Path("/scope")
    @RolesAllowed("hr-officer")
    @id.talenta.chassis.security.HonoursScope
    public String scope() {
        return caller.scope().describe();
    }

    @GET
    @Path("/whoami")
    @RolesAllowed("hr-officer")
    public String whoami(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    @POST
    public Body echo(@Valid @NotNull Body body) {
        return body;
    }

    @GET
    @Path("/conflict")
    public String conflict() {
        throw ProblemException.conflict("already there");
    }

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail: select * from users");
    }

    @GET
    @Path("/page")
    public PageRequest page(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return PageRequest.of(page, size, sort, Set.of("name"), "name");
    }

    @PUT
    @Path("/versioned")
    public String versioned(@HeaderParam("If-Match") String ifMatch, Body body) {
        ETags.requireMatch(ifMatch, 3);
        return "{\"ok\":true}";
    }
}
