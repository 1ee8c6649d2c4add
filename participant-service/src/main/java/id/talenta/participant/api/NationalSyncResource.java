package id.talenta.participant.api;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.config.NationalAsnConfig;
import id.talenta.participant.domain.ImportJob;
import id.talenta.participant.national.NationalSync;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Pull participants from the national ASN service (SIASN) and upsert them, as a job. */
@Path("/api/v1/national-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "National sync", description = "Upsert participants from the national ASN web service")
public class NationalSyncResource {

    public record SyncRequest(
            @NotEmpty @Schema(example = "[\"196608011988031001\"]")
            List<@NotNull @Size(max = 30) String> nips) {}

    @Inject
    NationalSync sync;

    @Inject
    NationalAsnConfig config;

    @Inject
    CallerIdentity caller;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(
            operationId = "startNationalSync",
            summary =
                    "Pull records from the national ASN service and upsert them (roles: hr-officer, admin, integration)",
            description = "Runs as a job with the shape of an import job (GET /api/v1/participant-imports/{id}); "
                    + "an unknown NIP or a failing national service becomes a row error.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "two NIPs",
                                            value = "{\"nips\": [\"196608011988031001\", \"198507142010012002\"]}")))
    @APIResponse(responseCode = "202", description = "Job accepted; Location names it")
    @APIResponse(responseCode = "400", description = "No NIPs, or more than talenta.national-asn.max-nips-per-request")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Response start(@Valid @NotNull SyncRequest body) {
        if (body.nips().size() > config.maxNipsPerRequest()) {
            throw ProblemException.badRequest("nips", "at most " + config.maxNipsPerRequest() + " NIPs per request");
        }
        ImportJob job = sync.start(body.nips(), caller.subject());
        return Response.accepted(ImportJobResponse.of(job))
                .location(uri.getBaseUriBuilder()
                        .path("api/v1/participant-imports")
                        .path(job.id.toString())
                        .build())
                .build();
    }
}
