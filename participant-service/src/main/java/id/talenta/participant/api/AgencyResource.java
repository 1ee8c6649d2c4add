package id.talenta.participant.api;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.HonoursScope;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.privacy.ScopeGuard;
import id.talenta.participant.registry.AgencyService;
import id.talenta.participant.store.AgencyStore;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Agencies (instansi): the roots of unit trees, to which every unit and participant belongs. */
@Path("/api/v1/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies", description = "Agencies (instansi), the roots of unit trees")
public class AgencyResource {

    public record CreateAgency(
            @NotBlank
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
            @Schema(example = "PROBOLINGGO")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Pemerintah Kabupaten Probolinggo")
            String name,

            @Size(max = 64)
            @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "must be 1-64 letters, digits, '.', '_' or '-'")
            @Schema(
                    description = "SIASN's instansi_kerja_id of the agency",
                    example = "A5EB03E23C3BF6A0E040640A040252AD")
            String siasnId) {}

    public record AgencyResponse(String code, String name, String siasnId, long version, Instant createdAt) {

        static AgencyResponse of(AgencyService.AgencyView a) {
            return new AgencyResponse(a.code(), a.name(), a.siasnId(), a.version(), a.createdAt());
        }
    }

    @Inject
    AgencyService agencies;

    @Inject
    ScopeGuard scope;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAgency", summary = "Register an agency (role: admin)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "regency",
                                            value =
                                                    "{\"code\": \"PROBOLINGGO\", \"name\": \"Pemerintah Kabupaten "
                                                            + "Probolinggo\", \"siasnId\": \"A5EB03E23C3BF6A0E040640A040252AD\"}")))
    @APIResponse(responseCode = "201", description = "Registered")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role or access scope not allowed")
    @APIResponse(responseCode = "409", description = "Code or SIASN id already used")
    public Response create(@Valid @NotNull CreateAgency body) {
        AgencyResponse a = AgencyResponse.of(agencies.create(body.code(), body.name(), body.siasnId()));
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/agencies")
                        .path(a.code())
                        .build())
                .tag(ETags.of(a.version()))
                .entity(a)
                .build();
    }

    @GET
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.ASSESSOR, Roles.TALENT_COMMITTEE})
    @HonoursScope
    @Operation(
            operationId = "listAgencies",
            summary = "List agencies (roles: every staff role; a scoped caller sees the agencies it reaches)")
    @APIResponse(responseCode = "200", description = "One page of agencies")
    @APIResponse(responseCode = "400", description = "Invalid page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role or access scope not allowed")
    public Page<AgencyResponse> list(
            @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return agencies.list(
                        scope.agencies().orElse(null), PageRequest.of(page, size, sort, AgencyStore.SORTABLE, "code"))
                .map(AgencyResponse::of);
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.ASSESSOR, Roles.TALENT_COMMITTEE})
    @HonoursScope
    @Operation(operationId = "getAgency", summary = "Read an agency (roles: every staff role)")
    @APIResponse(responseCode = "200", description = "The agency")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role or access scope not allowed")
    @APIResponse(responseCode = "404", description = "Unknown agency")
    public Response get(@PathParam("code") String code) {
        AgencyResponse a = agencies.find(code)
                .filter(found -> scope.reaches(found.code()))
                .map(AgencyResponse::of)
                .orElseThrow(() -> ProblemException.notFound("Agency", code));
        return Response.ok(a).tag(ETags.of(a.version())).build();
    }
}
