package id.talenta.participant.api;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.HonoursScope;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.privacy.ScopeGuard;
import id.talenta.participant.registry.UnitService;
import id.talenta.participant.registry.UnitTreeImport;
import id.talenta.participant.store.UnitStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.util.List;
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
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
            @Schema(example = "BKPSDM-PROB")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Badan Kepegawaian dan Pengembangan SDM Kab. Probolinggo")
            String name,

            @Size(max = 64) @Schema(example = "PEMKAB-PROB") String parentCode,

            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
            @Schema(
                    description = "The agency whose unit tree a root unit starts; required without parentCode, "
                            + "inherited from the parent otherwise (and then, if given, must be the parent's)",
                    example = "PROBOLINGGO")
            String agencyCode) {}

    public record UnitResponse(
            String code,
            String name,
            String parentCode,
            String agencyCode,
            List<String> ancestors,
            long version,
            Instant createdAt) {

        static UnitResponse of(UnitService.UnitView u) {
            return new UnitResponse(
                    u.code(), u.name(), u.parentCode(), u.agencyCode(), u.ancestors(), u.version(), u.createdAt());
        }
    }

    @Inject
    UnitService units;

    @Inject
    ScopeGuard scope;

    @Inject
    UnitTreeImport tree;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(operationId = "createUnit", summary = "Create an organisation unit (roles: hr-officer, admin)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(
                                        name = "root",
                                        summary = "The root of an agency's tree",
                                        value =
                                                "{\"code\": \"PEMKAB-PROB\", \"name\": \"Pemerintah Kabupaten Probolinggo\", \"agencyCode\": \"PROBOLINGGO\"}"),
                                @ExampleObject(
                                        name = "child",
                                        summary = "A unit under a parent (in the parent's agency)",
                                        value =
                                                "{\"code\": \"BKPSDM-PROB\", \"name\": \"BKPSDM Kabupaten Probolinggo\", \"parentCode\": \"PEMKAB-PROB\"}")
                            }))
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "409", description = "Code already used")
    @APIResponse(
            responseCode = "422",
            description = "Parent unit or agency does not exist, a root unit without agencyCode, or an agencyCode "
                    + "other than the parent's")
    public Response create(@Valid @NotNull CreateUnit body) {
        if (body.parentCode() == null || body.parentCode().isBlank()) {
            scope.requireWholeAgency("agencyCode", body.agencyCode());
        } else {
            scope.requireUnit("parentCode", body.parentCode().strip());
        }
        UnitResponse u = UnitResponse.of(units.create(body.code(), body.name(), body.parentCode(), body.agencyCode()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/units")
                        .path(u.code())
                        .build())
                .tag(ETags.of(u.version()))
                .entity(u)
                .build();
    }

    @POST
    @Path("tree")
    // Any content type at the JAX-RS level, so that 401/403 come before a media-type answer; the body is read as
    // UTF-8 text whatever it is labelled.
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(
            operationId = "importUnitTree",
            summary =
                    "Import SIASN's unit-tree file (Id,NamaUnor,DiatasanId) into an agency (roles: hr-officer, admin)",
            description = "Creates the units of the file and gives existing ones the file's name and parent, in one "
                    + "transaction; names may be indented with '--' per depth; the delimiter is sniffed (',' or ';'). "
                    + "A row that cannot apply (unknown parent, another agency's unit, a cycle, a duplicate) is "
                    + "reported and the others apply. dryRun=true decides the same and writes nothing. The caller's "
                    + "scope must hold the whole agency.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "text/csv",
                            examples =
                                    @ExampleObject(
                                            name = "tree",
                                            value = "Id,NamaUnor,DiatasanId\nPEMKAB,Pemerintah Kabupaten Probolinggo,\n"
                                                    + "BKPSDM,--Badan Kepegawaian dan Pengembangan SDM,PEMKAB\n"
                                                    + "BKPSDM-PK,----Bidang Pengembangan Kompetensi,BKPSDM\n")))
    @APIResponse(responseCode = "200", description = "What the file created, changed and rejected")
    @APIResponse(responseCode = "400", description = "Not a readable file (no Id column, invalid UTF-8)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role or access scope not allowed")
    @APIResponse(responseCode = "422", description = "Unknown agency, or one outside the caller's scope")
    public UnitTreeImport.Summary importTree(
            @QueryParam("agencyCode") String agencyCode,
            @QueryParam("dryRun") @jakarta.ws.rs.DefaultValue("false") boolean dryRun,
            java.io.InputStream body) {
        if (agencyCode == null || agencyCode.isBlank() || agencyCode.length() > 64) {
            throw ProblemException.badRequest("agencyCode", "is required (1-64 characters)");
        }
        scope.requireWholeAgency("agencyCode", agencyCode);
        var decoder = java.nio.charset.StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        try {
            return tree.importTree(agencyCode, new java.io.InputStreamReader(body, decoder), dryRun);
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw ProblemException.badRequest("file", "the file is not valid UTF-8");
            }
            throw e;
        }
    }

    @GET
    @RolesAllowed({
        Roles.HR_OFFICER,
        Roles.ADMIN,
        Roles.INTEGRATION,
        Roles.EMPLOYEE,
        Roles.ASSESSOR,
        Roles.TALENT_COMMITTEE
    })
    @HonoursScope
    @Operation(
            operationId = "listUnits",
            summary = "List units, optionally the children of one parent (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "One page of units")
    @APIResponse(responseCode = "400", description = "Invalid page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    public Page<UnitResponse> list(
            @QueryParam("parentCode") String parentCode,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        if (parentCode != null && (parentCode.length() > 64 || parentCode.indexOf('\u0000') >= 0)) {
            throw ProblemException.badRequest("parentCode", "must be at most 64 characters, without NUL");
        }
        PageRequest request = PageRequest.of(page, size, sort, UnitStore.SORTABLE, "code");
        return units.list(parentCode, scope.units().orElse(null), request).map(UnitResponse::of);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({
        Roles.HR_OFFICER,
        Roles.ADMIN,
        Roles.INTEGRATION,
        Roles.EMPLOYEE,
        Roles.ASSESSOR,
        Roles.TALENT_COMMITTEE
    })
    @HonoursScope
    @Operation(
            operationId = "getUnit",
            summary = "Read a unit with its ancestors, nearest first (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "404", description = "Unknown unit")
    public Response get(@PathParam("code") String code) {
        UnitResponse u = units.find(code)
                .filter(found -> scope.sees(found.code()))
                .map(UnitResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Unit", code));
        return Response.ok(u).tag(ETags.of(u.version())).build();
    }
}
