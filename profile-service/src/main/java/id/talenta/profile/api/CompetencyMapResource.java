package id.talenta.profile.api;

import id.talenta.chassis.security.Roles;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.store.ActiveFramework;
import id.talenta.profile.store.CompetencyMap;
import id.talenta.profile.store.LatestProfileReadModel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/competency-map")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Competency map", description = "The organisation's competency map over latest profiles")
public class CompetencyMapResource {

    @Inject
    LatestProfileReadModel profiles;

    @Inject
    ActiveFramework frameworks;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.TALENT_COMMITTEE, Roles.INTEGRATION})
    @Operation(
            operationId = "getCompetencyMap",
            summary =
                    "Count, average JPM, category distribution and per "
                            + "competency averages for a unit and/or job level (roles: admin, hr-officer, talent-committee, integration)")
    @APIResponse(responseCode = "200", description = "The competency map")
    @APIResponse(
            responseCode = "400",
            description = "jobLevel is not a job level, or unitCode is longer than 64 characters")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public CompetencyMap get(
            @Parameter(example = "BKPSDM") @QueryParam("unitCode") String unitCode,
            @Parameter(example = "PENGAWAS") @QueryParam("jobLevel") String jobLevel) {
        return profiles.competencyMap(
                Ids.optionalText("unitCode", unitCode, Ids.UNIT_CODE_MAX),
                Ids.optionalEnum("jobLevel", jobLevel, JobLevel.class),
                frameworks.get().definition());
    }
}
