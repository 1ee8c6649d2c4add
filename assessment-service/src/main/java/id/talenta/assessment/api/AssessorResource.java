package id.talenta.assessment.api;

import id.talenta.assessment.campaign.CampaignService;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Certified assessors. */
@Path("/api/v1/assessors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessors", description = "Certified assessors who rate participants")
public class AssessorResource {

    private static final Set<String> SORTABLE = Set.of("name", "createdAt", "institution");

    @Inject
    CampaignService campaigns;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createAssessor", summary = "Register an assessor")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "assessor",
                                            value =
                                                    "{\"name\": \"Dra. Sri Wahyuni, M.Psi., Psikolog\", \"certificateNumber\": \"ASR-2019-00123\", "
                                                            + "\"institution\": \"UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo\"}")))
    @APIResponse(responseCode = "201", description = "Created; Location of the assessor")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "409", description = "Certificate number already registered")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response create(@Valid @NotNull AssessorRequest request) {
        AssessorResponse a = campaigns.createAssessor(request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/assessors")
                        .path(a.id().toString())
                        .build())
                .tag(ETags.of(a.version()))
                .entity(a)
                .build();
    }

    @GET
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "listAssessors", summary = "List assessors, optionally searching by name")
    @APIResponse(responseCode = "200", description = "A page of assessors")
    @APIResponse(responseCode = "400", description = "Bad page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<AssessorResponse> list(
            @QueryParam("q") String q,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return campaigns.listAssessors(
                QueryParams.bounded("q", q, 200), PageRequest.of(page, size, sort, SORTABLE, "name"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "getAssessor", summary = "One assessor")
    @APIResponse(responseCode = "200", description = "The assessor; ETag = version")
    @APIResponse(responseCode = "404", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Response get(@PathParam("id") String id) {
        AssessorResponse a = campaigns.getAssessor(PathIds.uuid(id, "Assessor"));
        return Response.ok(a).tag(ETags.of(a.version())).build();
    }
}
