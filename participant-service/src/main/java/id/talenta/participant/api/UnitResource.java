package id.talenta.participant.api;

import id.talenta.chassis.audit.AuditTrail;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.domain.Unit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Organisation units (OPD / unor) and their hierarchy. */
@Path("/api/v1/units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Units", description = "Organisation units with a parent hierarchy")
public class UnitResource {

    public record CreateUnit(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
            @Schema(example = "BKPSDM-PROB") String code,
            @NotBlank @Size(max = 200) @Schema(example = "Badan Kepegawaian dan Pengembangan SDM Kab. Probolinggo") String name,
            @Size(max = 64) @Schema(example = "PEMKAB-PROB") String parentCode) {}

    public record UnitResponse(String code, String name, String parentCode, List<String> ancestors, long version,
            Instant createdAt) {}

    @Inject EntityManager em;
    @Inject AuditTrail audit;
    @Context UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createUnit", summary = "Create an organisation unit (roles: hr-officer, admin)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(
            name = "agency", value = "{\"code\": \"BKPSDM-PROB\", \"name\": \"BKPSDM Kabupaten Probolinggo\", \"parentCode\": \"PEMKAB-PROB\"}")))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "409", description = "Code already used")
    @APIResponse(responseCode = "422", description = "Parent unit does not exist")
    public Response create(@Valid @NotNull CreateUnit body) {
        if (em.find(Unit.class, body.code()) != null) {
            throw ProblemException.conflict("Unit " + body.code() + " already exists");
        }
        String parent = body.parentCode() == null || body.parentCode().isBlank() ? null : body.parentCode().strip();
        if (parent != null && em.find(Unit.class, parent) == null) {
            throw ProblemException.unprocessable("parentCode", "unit " + parent + " does not exist");
        }
        Unit u = new Unit();
        u.code = body.code();
        u.name = body.name().strip();
        u.parentCode = parent;
        u.version = 1;
        em.persist(u);
        em.flush();
        em.refresh(u);
        audit.record("CREATE", "Unit", u.code, null, view(u), null);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/units").path(u.code).build())
                .tag(ETags.of(u.version)).entity(view(u)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE, Roles.ASSESSOR, Roles.TALENT_COMMITTEE})
    @Operation(operationId = "listUnits", summary = "List units, optionally the children of one parent (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "One page of units")
    @APIResponse(responseCode = "400", description = "Invalid page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    public Page<UnitResponse> list(@QueryParam("parentCode") String parentCode, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        if (parentCode != null && (parentCode.length() > 64 || parentCode.indexOf('\u0000') >= 0)) {
            throw ProblemException.badRequest("parentCode", "must be at most 64 characters, without NUL");
        }
        PageRequest request = PageRequest.of(page, size, sort, Set.of("code", "name"), "code");
        String where = parentCode == null ? "" : " where u.parentCode = :parent";
        var query = em.createQuery("select u from Unit u" + where + " order by u." + request.sortField()
                + (request.ascending() ? " asc" : " desc"), Unit.class);
        var count = em.createQuery("select count(u) from Unit u" + where, Long.class);
        if (parentCode != null) {
            query.setParameter("parent", parentCode);
            count.setParameter("parent", parentCode);
        }
        List<Unit> items = query.setFirstResult((int) request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(items, request, count.getSingleResult()).map(this::view);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE, Roles.ASSESSOR, Roles.TALENT_COMMITTEE})
    @Operation(operationId = "getUnit", summary = "Read a unit with its ancestors, nearest first (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "404", description = "Unknown unit")
    public Response get(@PathParam("code") String code) {
        Unit u = em.find(Unit.class, code);
        if (u == null) {
            throw ProblemException.notFound("Unit", code);
        }
        return Response.ok(view(u)).tag(ETags.of(u.version)).build();
    }

    private UnitResponse view(Unit u) {
        List<String> ancestors = new ArrayList<>();
        String parent = u.parentCode;
        while (parent != null && ancestors.size() < 50 && !ancestors.contains(parent)) {
            ancestors.add(parent);
            Unit p = em.find(Unit.class, parent);
            parent = p == null ? null : p.parentCode;
        }
        return new UnitResponse(u.code, u.name, u.parentCode, ancestors, u.version, u.createdAt);
    }
}
