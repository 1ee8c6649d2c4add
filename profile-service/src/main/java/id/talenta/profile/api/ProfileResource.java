package id.talenta.profile.api;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.MappingCategory;
import id.talenta.profile.domain.ProfileDocument;
import id.talenta.profile.privacy.SelfService;
import id.talenta.profile.profile.ProfileService;
import id.talenta.profile.store.LatestProfileReadModel;
import id.talenta.profile.store.ProfileSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/profiles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "Competency profiles, their history and job-person match")
public class ProfileResource {

    @Inject
    LatestProfileReadModel queries;

    @Inject
    ProfileService profiles;

    @Inject
    SelfService selfService;

    @GET
    @Path("/{participantId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION, Roles.EMPLOYEE})
    @Operation(
            operationId = "getProfile",
            summary = "The latest competency profile of a participant "
                    + "(roles: admin, hr-officer, talent-committee, integration; employee: own profile only)")
    @APIResponse(
            responseCode = "200",
            description = "The latest profile",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProfileDocument.class)))
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No profile for this participant (or not the employee's own)")
    public Response get(
            @Parameter(example = "01963b3e-8a7c-7d2e-9b1a-2f3c4d5e6f70") @PathParam("participantId")
                    String participantId) {
        UUID id = Ids.participantId(participantId);
        String document = selfService
                .latestDocument(id)
                .orElseThrow(() -> ProblemException.notFound("Profile of participant", participantId));
        return Response.ok(document, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{participantId}/history")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION, Roles.EMPLOYEE})
    @Operation(
            operationId = "getProfileHistory",
            summary = "Every profile version of a participant, newest first "
                    + "(roles: admin, hr-officer, talent-committee, integration; employee: own only)")
    @APIResponse(
            responseCode = "200",
            description = "A page of profile versions ({items, page, size, totalItems, totalPages})")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No profile for this participant")
    public Response history(
            @PathParam("participantId") String participantId,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(example = "revision,desc") @QueryParam("sort") String sort) {
        UUID id = Ids.participantId(participantId);
        PageRequest request = PageRequest.of(
                Ids.optionalInt("page", page),
                Ids.optionalInt("size", size),
                sort == null ? "revision,desc" : sort,
                Set.of("revision"),
                "revision");
        requireVisible(id, participantId);
        List<String> items = queries.history(id, request);
        long total = queries.historyCount(id);
        int pages = (int) ((total + request.size() - 1) / request.size());
        String json = "{\"items\":[" + String.join(",", items) + "],\"page\":" + request.page() + ",\"size\":"
                + request.size() + ",\"totalItems\":" + total + ",\"totalPages\":" + pages + "}";
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("/{participantId}/fit")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION, Roles.EMPLOYEE})
    @Operation(
            operationId = "getProfileFit",
            summary = "Job-person match of the latest assessment against another "
                    + "job level's standard, with the active framework; nothing is stored (roles: admin, hr-officer, "
                    + "talent-committee, integration; employee: own only)")
    @APIResponse(
            responseCode = "200",
            description = "The fit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FitResponse.class)))
    @APIResponse(responseCode = "400", description = "jobLevel missing or not a job level")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No profile for this participant")
    public FitResponse fit(
            @PathParam("participantId") String participantId,
            @Parameter(required = true, example = "JPT_PRATAMA") @QueryParam("jobLevel") String jobLevel) {
        UUID id = Ids.participantId(participantId);
        if (jobLevel == null || jobLevel.isBlank()) {
            throw ProblemException.badRequest(List.of(new Problem.FieldError("jobLevel", "is required")));
        }
        JobLevel level = JobLevel.valueOf(Ids.optionalEnum("jobLevel", jobLevel, JobLevel.class));
        requireVisible(id, participantId);
        return profiles.fit(id, level)
                .map(c -> FitResponse.of(id, c))
                .orElseThrow(() -> ProblemException.notFound("Profile of participant", participantId));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "listProfiles",
            summary = "Latest profiles, filtered by unit, job level and mapping "
                    + "category (roles: admin, hr-officer, talent-committee, integration)")
    @APIResponse(responseCode = "200", description = "A page of profile summaries")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<ProfileSummary> list(
            @Parameter(example = "BKPSDM") @QueryParam("unitCode") String unitCode,
            @Parameter(example = "ADMINISTRATOR") @QueryParam("jobLevel") String jobLevel,
            @Parameter(example = "OPTIMAL") @QueryParam("mappingCategory") String mappingCategory,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("page") String page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER)) @QueryParam("size") String size,
            @Parameter(
                            description = "fullName, nip, jpm, computedAt, unitCode or potentialScore; ,asc|,desc",
                            example = "jpm,desc")
                    @QueryParam("sort")
                    String sort) {
        LatestProfileReadModel.Filter filter = new LatestProfileReadModel.Filter(
                Ids.optionalText("unitCode", unitCode, Ids.UNIT_CODE_MAX),
                Ids.optionalEnum("jobLevel", jobLevel, JobLevel.class),
                Ids.optionalEnum("mappingCategory", mappingCategory, MappingCategory.class));
        PageRequest request = PageRequest.of(
                Ids.optionalInt("page", page),
                Ids.optionalInt("size", size),
                sort,
                LatestProfileReadModel.SORTS.keySet(),
                "fullName");
        return Page.of(queries.list(filter, request), request, queries.count(filter));
    }

    private void requireVisible(UUID id, String raw) {
        if (!selfService.mayRead(id)) {
            throw ProblemException.notFound("Profile of participant", raw);
        }
    }
}
