package id.talenta.talent.api;

import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.privacy.SelfService;
import id.talenta.talent.store.PlacementStore;
import id.talenta.talent.talent.TalentService;
import id.talenta.talent.talent.TalentViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Talents", description = "Nine-box placements, calibration and the talent pool")
public class TalentResource {

    @Schema(
            example =
                    "{\"box\": 8, \"reason\": \"Committee meeting 2025-06-02: sustained results in the 2024 flood response\"}")
    public record CalibrationRequest(
            @NotNull @Min(1) @Max(9) @Schema(description = "The box the committee places the person in")
            Integer box,

            @NotBlank @Size(max = 2000) @Schema(description = "Why; kept in the audit trail")
            String reason) {}

    private static final Set<String> SORTABLE = Set.of("fullName", "box", "jobLevel", "unitCode", "changedAt");

    @Inject
    TalentService talents;

    @Inject
    CallerIdentity caller;

    @Inject
    SelfService selfService;

    @GET
    @Path("/talents/{participantId}")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION, Roles.EMPLOYEE})
    @Operation(
            operationId = "getTalent",
            summary = "Placement, explanation, history and candidacies of one participant "
                    + "(employees: only their own, without candidacies)")
    @APIResponse(responseCode = "200", description = "The talent view")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant (or not the employee's own)")
    public TalentViews.Talent get(@PathParam("participantId") String participantId) {
        UUID id = PathIds.uuid(participantId, "Talent");
        if (selfService.applies()) {
            // Self-service sees its own placement only; anyone else's does not exist for them.
            if (!selfService.maySee(id)) {
                throw ProblemException.notFound("Talent", participantId);
            }
            return talents.find(id)
                    .orElseThrow(() -> ProblemException.notFound("Talent", participantId))
                    .withoutReadiness();
        }
        return talents.find(id).orElseThrow(() -> ProblemException.notFound("Talent", participantId));
    }

    @PUT
    @Path("/talents/{participantId}/calibration")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "calibrateTalent",
            summary = "Committee override of the box with a mandatory reason; "
                    + "the computed box is kept and recomputations keep the override during its review period",
            description = "The calibration belongs to one review period, the SKP year on record when it is made, and "
                    + "to the assessment result of the current profile. It lapses when a newer SKP year or a new "
                    + "assessment result arrives (a rating for the same or an earlier year, a revision of the same "
                    + "result or a recomputation keep it); a new calibration replaces the one in force. Every "
                    + "calibration stays in `calibrations` with how it ended.")
    @APIResponse(responseCode = "200", description = "The talent view after calibration")
    @APIResponse(responseCode = "400", description = "Invalid box or missing reason")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant")
    @APIResponse(responseCode = "409", description = "No placement yet (no profile)")
    public TalentViews.Talent calibrate(
            @PathParam("participantId") String participantId, @Valid @NotNull CalibrationRequest request) {
        UUID id = PathIds.uuid(participantId, "Talent");
        talents.calibrate(id, request.box(), request.reason(), caller.subject());
        return talents.find(id).orElseThrow();
    }

    @DELETE
    @Path("/talents/{participantId}/calibration")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "withdrawCalibration",
            summary =
                    "Withdraw the committee's calibration in force, with a "
                            + "mandatory reason; the computed box applies again and the calibration stays in the history as WITHDRAWN")
    @APIResponse(responseCode = "200", description = "The talent view after the withdrawal")
    @APIResponse(responseCode = "400", description = "Missing or too long reason")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant or no placement")
    @APIResponse(responseCode = "409", description = "No calibration in force")
    public TalentViews.Talent withdrawCalibration(
            @PathParam("participantId") String participantId,
            @Parameter(required = true, example = "Keputusan komite dibatalkan pada rapat 2026-02")
                    @QueryParam("reason")
                    String reason) {
        UUID id = PathIds.uuid(participantId, "Talent");
        String why = Filters.text(reason, "reason", 2000);
        if (why == null) {
            throw ProblemException.badRequest("reason", "is required: say why the calibration is withdrawn");
        }
        talents.withdrawCalibration(id, why);
        return talents.find(id).orElseThrow();
    }

    @GET
    @Path("/nine-box")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "getNineBox",
            summary = "The nine cells with member counts, optionally per unit and job level")
    @APIResponse(responseCode = "200", description = "The grid")
    @APIResponse(responseCode = "400", description = "Unknown job level")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public TalentViews.NineBoxGrid nineBox(
            @QueryParam("unitCode") String unitCode, @QueryParam("jobLevel") String jobLevel) {
        return talents.grid(Filters.unitCode(unitCode), Filters.jobLevel(jobLevel, "jobLevel"));
    }

    @GET
    @Path("/nine-box/{box}/members")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listNineBoxMembers", summary = "Members of one cell, paged")
    @APIResponse(responseCode = "200", description = "A page of members")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such box (1..9)")
    public Page<PlacementStore.TalentSummary> members(
            @PathParam("box") String box,
            @QueryParam("unitCode") String unitCode,
            @QueryParam("jobLevel") String jobLevel,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        int cell;
        try {
            cell = Integer.parseInt(box);
        } catch (NumberFormatException e) {
            throw ProblemException.notFound("Box", box);
        }
        if (cell < 1 || cell > 9) {
            throw ProblemException.notFound("Box", box);
        }
        return talents.members(
                cell,
                false,
                Filters.unitCode(unitCode),
                Filters.jobLevel(jobLevel, "jobLevel"),
                PageRequest.of(
                        Filters.integer(page, "page"),
                        Filters.integer(size, "size"),
                        Filters.sort(sort),
                        SORTABLE,
                        "fullName"));
    }

    @GET
    @Path("/talent-pool")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "listTalentPool",
            summary = "Talent-pool members (pool boxes of the policy), per job level and unit, paged")
    @APIResponse(responseCode = "200", description = "A page of pool members")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<PlacementStore.TalentSummary> pool(
            @QueryParam("jobLevel") String jobLevel,
            @QueryParam("unitCode") String unitCode,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        return talents.members(
                null,
                true,
                Filters.unitCode(unitCode),
                Filters.jobLevel(jobLevel, "jobLevel"),
                PageRequest.of(
                        Filters.integer(page, "page"),
                        Filters.integer(size, "size"),
                        Filters.sort(sort),
                        SORTABLE,
                        "fullName"));
    }
}
