package id.talenta.profile.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.profile.privacy.SubjectAccess;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Personal data export for a subject access request (UU 27/2022)")
public class SubjectAccessResource {

    @Inject
    SubjectAccess subjectAccess;

    @Inject
    CallerIdentity caller;

    @GET
    @Path("/{participantId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.EMPLOYEE})
    @Operation(
            operationId = "exportSubjectAccess",
            summary = "Everything profile-service holds about a person: "
                    + "participant replica, latest profile and its assessment input, every profile version (with fit by job "
                    + "level and explanation, as stored), result revisions received and processing history; the export is "
                    + "audited (roles: admin, hr-officer; employee: own data only)")
    @APIResponse(responseCode = "200", description = "The export document")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(
            responseCode = "404",
            description =
                    "This service holds nothing about the participant (or, for an " + "employee, not their own data)")
    public ObjectNode export(
            @Parameter(example = "01963b3e-8a7c-7d2e-9b1a-2f3c4d5e6f70") @PathParam("participantId")
                    String participantId) {
        UUID id = Ids.participantId(participantId);
        return subjectAccess
                .export(id, caller::maySee)
                .orElseThrow(() -> ProblemException.notFound("Personal data of participant", participantId));
    }
}
