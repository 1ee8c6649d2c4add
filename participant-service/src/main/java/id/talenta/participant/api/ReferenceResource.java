package id.talenta.participant.api;

import id.talenta.chassis.security.Roles;
import id.talenta.participant.domain.JobLevel;
import id.talenta.participant.domain.Rank;
import id.talenta.participant.reference.ReferenceData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Job levels and ranks: the reference data seeded by the migrations. */
@Path("/api/v1/reference")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Job levels (with retirement ages) and ranks")
@RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE, Roles.ASSESSOR, Roles.TALENT_COMMITTEE
})
public class ReferenceResource {

    @Inject
    ReferenceData reference;

    @GET
    @Path("job-levels")
    @Operation(
            operationId = "listJobLevels",
            summary =
                    "Job levels: label, track, retirement age (PP 11/2017), default standard level (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "Every job level, senior first")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    public List<JobLevel> jobLevels() {
        return reference.jobLevels();
    }

    @GET
    @Path("ranks")
    @Operation(
            operationId = "listRanks",
            summary = "Ranks: PNS I/a..IV/e with SIASN codes 11..45, PPPK I..XVII (roles: every authenticated role)")
    @APIResponse(responseCode = "200", description = "Every rank, lowest first")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    public List<Rank> ranks() {
        return reference.ranks();
    }
}
