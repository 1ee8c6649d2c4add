package id.talenta.profile.api;

import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import id.talenta.profile.store.Activation;
import id.talenta.profile.store.ActivationStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/framework-activations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency frameworks")
public class ActivationResource {

    @Inject
    ActivationStore activations;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "getFrameworkActivation",
            summary =
                    "Progress of a framework activation job: status "
                            + "QUEUED|RUNNING|COMPLETED|FAILED, totals and errors (roles: admin, hr-officer, talent-committee, integration)")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such job")
    public Activation get(@PathParam("id") String id) {
        UUID parsed;
        try {
            parsed = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Framework activation", id);
        }
        return activations.find(parsed).orElseThrow(() -> ProblemException.notFound("Framework activation", id));
    }
}
