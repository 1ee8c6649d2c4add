package id.talenta.profile.api;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.profile.framework.FrameworkService;
import id.talenta.profile.store.Activation;
import id.talenta.profile.store.FrameworkRecord;
import id.talenta.profile.store.FrameworkStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/competency-frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency frameworks", description = "Versioned competency frameworks: competencies, standards, policies")
public class FrameworkResource {

    static final String EXAMPLE = "{\"name\":\"Standar kompetensi 2026 (satu kompetensi teknis)\","
            + "\"competencies\":[{\"code\":\"PENGADAAN_BARANG_JASA\",\"name\":\"Pengadaan Barang/Jasa\",\"type\":\"TECHNICAL\","
            + "\"definition\":\"Procurement of goods and services\",\"levels\":[{\"level\":1,\"descriptor\":\"Mengenal\"},"
            + "{\"level\":2,\"descriptor\":\"Menerapkan\"},{\"level\":3,\"descriptor\":\"Menganalisis\"},"
            + "{\"level\":4,\"descriptor\":\"Mengevaluasi\"},{\"level\":5,\"descriptor\":\"Menciptakan\"}]}],"
            + "\"standard\":{\"JPT_UTAMA\":{\"PENGADAAN_BARANG_JASA\":5},\"JPT_MADYA\":{\"PENGADAAN_BARANG_JASA\":5},"
            + "\"JPT_PRATAMA\":{\"PENGADAAN_BARANG_JASA\":4},\"ADMINISTRATOR\":{\"PENGADAAN_BARANG_JASA\":3},"
            + "\"PENGAWAS\":{\"PENGADAAN_BARANG_JASA\":2},\"AHLI_UTAMA\":{\"PENGADAAN_BARANG_JASA\":4},"
            + "\"AHLI_MADYA\":{\"PENGADAAN_BARANG_JASA\":3},\"AHLI_MUDA\":{\"PENGADAAN_BARANG_JASA\":2},"
            + "\"AHLI_PERTAMA\":{\"PENGADAAN_BARANG_JASA\":1},\"PENYELIA\":{\"PENGADAAN_BARANG_JASA\":2},"
            + "\"MAHIR\":{\"PENGADAAN_BARANG_JASA\":1},\"TERAMPIL\":{\"PENGADAAN_BARANG_JASA\":1},"
            + "\"PEMULA\":{\"PENGADAAN_BARANG_JASA\":1},\"PELAKSANA\":{\"PENGADAAN_BARANG_JASA\":1}},"
            + "\"jpmPolicy\":{\"formula\":\"NON_COMPENSATORY\",\"mappingThresholds\":{\"optimal\":90,\"cukupOptimal\":78},"
            + "\"selectionThresholds\":{\"memenuhiSyarat\":80,\"masihMemenuhiSyarat\":68},\"developmentBands\":["
            + "{\"minGap\":-0.5,\"recommendation\":\"JOB_ENRICHMENT\"},{\"minGap\":-1.0,\"recommendation\":\"COACHING_MENTORING\"},"
            + "{\"minGap\":-2.0,\"recommendation\":\"TRAINING\"},{\"minGap\":null,\"recommendation\":\"ROTATION\"}]},"
            + "\"potentialPolicy\":{\"jpmWeight\":50,\"assessmentWeight\":50,\"thresholds\":{\"tinggi\":90,\"menengah\":78}}}";

    @Inject
    FrameworkStore frameworks;

    @Inject
    FrameworkService service;

    @Inject
    CallerIdentity caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "listCompetencyFrameworks",
            summary = "Framework versions (roles: admin, hr-officer, " + "talent-committee, integration)")
    @APIResponse(responseCode = "200", description = "A page of framework summaries")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<FrameworkSummary> list(
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(example = "version,desc") @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(
                Ids.optionalInt("page", page), Ids.optionalInt("size", size), sort, Set.of("version"), "version");
        return Page.of(
                frameworks.page(request).stream().map(FrameworkSummary::of).toList(), request, frameworks.count());
    }

    @GET
    @Path("/active")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "getActiveCompetencyFramework",
            summary = "The framework version profiles are computed "
                    + "with (roles: admin, hr-officer, talent-committee, integration)")
    @APIResponse(
            responseCode = "200",
            description = "The active framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No active framework")
    public FrameworkResponse active() {
        return frameworks
                .active()
                .map(FrameworkResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Competency framework", "active"));
    }

    @GET
    @Path("/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "getCompetencyFramework",
            summary = "One framework version (roles: admin, hr-officer, " + "talent-committee, integration)")
    @APIResponse(
            responseCode = "200",
            description = "The framework",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkResponse.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such version")
    public FrameworkResponse get(@Parameter(example = "1") @PathParam("version") String version) {
        int v = Ids.version(version);
        return frameworks
                .find(v)
                .map(FrameworkResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Competency framework version", version));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "createCompetencyFramework",
            summary = "Create a new framework version as DRAFT (role: admin)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkRequest.class),
                            examples = @ExampleObject(name = "technical-only", value = EXAMPLE)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the version",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FrameworkResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid framework: every violation is listed in errors")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "413", description = "Body too large")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Response create(@Valid @NotNull FrameworkRequest request) {
        FrameworkRecord created = service.create(request.toDefinition(), caller.subject());
        return Response.created(URI.create("/api/v1/competency-frameworks/" + created.version()))
                .entity(FrameworkResponse.of(created))
                .build();
    }

    @POST
    @Path("/{version}/activate")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "activateCompetencyFramework",
            summary = "Make a version the active one and recompute "
                    + "every latest profile against it, as a job (role: admin)")
    @APIResponse(
            responseCode = "202",
            description = "Activation job queued; Location is /api/v1/framework-activations/{id}",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = Activation.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such version")
    @APIResponse(responseCode = "400", description = "reason longer than 500 characters")
    @APIResponse(responseCode = "409", description = "Already active, or another activation is still running")
    public Response activate(
            @Parameter(example = "2") @PathParam("version") String version,
            @Parameter(
                            description =
                                    "Why this version is activated (kept in the audit trail), at most 500 characters",
                            example = "Standar kompetensi 2026 ditetapkan")
                    @QueryParam("reason")
                    String reason) {
        String why = Ids.optionalText("reason", reason, 500);
        Activation job = service.activate(Ids.version(version), caller.subject(), why);
        return Response.accepted(job)
                .location(URI.create("/api/v1/framework-activations/" + job.id()))
                .build();
    }
}
