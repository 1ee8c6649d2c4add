package id.talenta.assessment.api;

import id.talenta.assessment.privacy.SubjectAccessService;
import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subject access requests (UU 27/2022): one document with everything this service holds about a person. */
@Path("/api/v1/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Personal data export for a subject access request (UU 27/2022)")
public class SubjectAccessResource {

    @Inject
    SubjectAccessService service;

    @GET
    @Path("{participantId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.EMPLOYEE})
    @Operation(
            operationId = "exportSubjectData",
            summary = "Everything this service holds about one participant",
            description = "Roles: admin, hr-officer; an employee only for themselves (token claim nip = the "
                    + "participant's NIP). The replica row, enrollments, ratings with their history, potential scores, "
                    + "results with every revision, and the audit entries about them. participant-service gathers it "
                    + "for a subject access request. The export itself is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(
            responseCode = "404",
            description = "This service holds nothing about the participant, or (employee) "
                    + "the participant is not the caller")
    public SubjectAccessDocument export(@PathParam("participantId") String participantId) {
        return service.export(PathIds.uuid(participantId, "Participant"));
    }
}
