package id.talenta.talent.api;

import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.privacy.SelfService;
import id.talenta.talent.privacy.SubjectAccess;
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

@Path("/api/v1/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Everything this service holds about one person (UU 27/2022)")
public class SubjectAccessResource {

    @Inject
    SubjectAccess subjectAccess;

    @Inject
    SelfService selfService;

    @GET
    @Path("/{participantId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.EMPLOYEE})
    @Operation(
            operationId = "getSubjectAccessDocument",
            summary = "Everything talent-pool-service holds about one "
                    + "person (replicas, SKP ratings, placement and history, calibrations, candidacies and readiness history, "
                    + "published events, audit entries), for a subject access request gathered by participant-service. "
                    + "Employees: only their own (token nip = the participant's NIP), without successor candidacy and "
                    + "readiness, which the document says it withholds. The export itself is audited.")
    @APIResponse(responseCode = "200", description = "The document")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(
            responseCode = "404",
            description = "This service holds nothing about the person (or, for an "
                    + "employee, it is not their own record)")
    public SubjectAccess.Document get(@PathParam("participantId") String participantId) {
        UUID id = PathIds.uuid(participantId, "Participant");
        boolean self = selfService.applies();
        if (self && !selfService.maySee(id)) {
            throw ProblemException.notFound("Participant", participantId);
        }
        return subjectAccess
                .export(id, self)
                .orElseThrow(() -> ProblemException.notFound("Participant", participantId));
    }
}
