package id.talenta.talent.api;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.domain.NineBoxPolicy;
import id.talenta.talent.domain.Policies;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.jobs.JobRunner;
import id.talenta.talent.jobs.JobView;
import id.talenta.talent.jobs.PolicyChanges;
import id.talenta.talent.policy.PolicyService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Policies", description = "Versioned nine-box and readiness policies; a change re-evaluates everyone")
public class PolicyResource {

    /** A stored policy version. */
    public record PolicyView<T>(String kind, int version, String createdBy, String createdAt, T policy) {
        static <T> PolicyView<T> of(String kind, Policies.Versioned<T> v) {
            return new PolicyView<>(
                    kind,
                    v.version(),
                    v.createdBy(),
                    v.createdAt() == null ? null : v.createdAt().toInstant().toString(),
                    v.policy());
        }
    }

    /** Answer to a policy change: the new version and the re-evaluation job it started. */
    public record PolicyChange(String kind, int version, JobView job) {}

    static final String NINE_BOX_EXAMPLE = """
            {"performanceMapping": {"SANGAT_BAIK": "ABOVE", "BAIK": "MEETS", "BUTUH_PERBAIKAN": "BELOW", "KURANG": "BELOW", "SANGAT_KURANG": "BELOW"},
             "unratedPerformance": "BELOW",
             "grid": {"TINGGI": {"BELOW": 6, "MEETS": 8, "ABOVE": 9}, "MENENGAH": {"BELOW": 3, "MEETS": 5, "ABOVE": 7}, "RENDAH": {"BELOW": 1, "MEETS": 2, "ABOVE": 4}},
             "recommendedActions": {"1": ["HANDLED_UNDER_APPLICABLE_REGULATIONS"], "2": ["PERFORMANCE_COACHING"], "3": ["COUNSELLING"], "4": ["ROTATION"], "5": ["COMPETENCY_DEVELOPMENT"], "6": ["PERFORMANCE_COACHING"], "7": ["RETAIN", "SUCCESSION_GROUP"], "8": ["RETAIN", "SUCCESSION_GROUP"], "9": ["PROMOTE", "RETAIN"]},
             "poolBoxes": [7, 8, 9],
             "performanceAxis": {"rule": "WEIGHTED_YEARS", "years": [{"offset": 0, "weight": 60}, {"offset": 1, "weight": 40}],
              "ratingScores": {"SANGAT_BAIK": 5, "BAIK": 4, "BUTUH_PERBAIKAN": 3, "KURANG": 2, "SANGAT_KURANG": 1},
              "aboveFrom": 4.5, "meetsFrom": 3.5, "missingYear": "REWEIGHT"}}""";

    static final String READINESS_EXAMPLE = """
            {"rules": [{"readiness": "READY_NOW", "boxes": [8, 9], "minTargetFit": 90},
                       {"readiness": "READY_1_2_YEARS", "boxes": [7, 8, 9], "minTargetFit": 78},
                       {"readiness": "READY_3_PLUS_YEARS", "boxes": [5, 6, 7, 8, 9], "minTargetFit": 68}],
             "feederLevels": {"JPT_PRATAMA": ["ADMINISTRATOR", "AHLI_MADYA"], "ADMINISTRATOR": ["PENGAWAS", "AHLI_MUDA"], "PENGAWAS": ["PELAKSANA", "AHLI_PERTAMA", "PENYELIA"]},
             "allowLateral": true, "retirementExclusionMonths": 12,
             "vacancyRisk": {"highWithinMonths": 12, "mediumWithinMonths": 24}, "candidateScope": "ORGANISATION"}""";

    @Inject
    PolicyService store;

    @Inject
    PolicyChanges changes;

    @Inject
    JobRunner jobs;

    @Inject
    CallerIdentity caller;

    @GET
    @Path("/policies/nine-box")
    @RolesAllowed({Roles.ADMIN, Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getNineBoxPolicy", summary = "The nine-box policy in force (ETag = version)")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Response nineBox() {
        Policies.Versioned<NineBoxPolicy> v = store.current().nineBox();
        return Response.ok(PolicyView.of(Policies.NINE_BOX, v))
                .tag(ETags.of(v.version()))
                .build();
    }

    @PUT
    @Path("/policies/nine-box")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "changeNineBoxPolicy",
            summary = "Publish a new nine-box policy version; re-evaluates everyone as a job")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "twoYearPerformance",
                                            summary = "Default grid, performance over SKP years N and N-1 (60/40)",
                                            value = NINE_BOX_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "New version stored; Location points at the re-evaluation job")
    @APIResponse(responseCode = "400", description = "Invalid policy")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response changeNineBox(NineBoxPolicy policy, @HeaderParam("If-Match") String ifMatch) {
        return change(Policies.NINE_BOX, policy, ifMatch, p -> p == null ? null : p.violations());
    }

    @GET
    @Path("/policies/readiness")
    @RolesAllowed({Roles.ADMIN, Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getReadinessPolicy", summary = "The readiness policy in force (ETag = version)")
    @APIResponse(responseCode = "200", description = "The policy")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Response readiness() {
        Policies.Versioned<ReadinessPolicy> v = store.current().readiness();
        return Response.ok(PolicyView.of(Policies.READINESS, v))
                .tag(ETags.of(v.version()))
                .build();
    }

    @PUT
    @Path("/policies/readiness")
    @RolesAllowed(Roles.ADMIN)
    @Operation(
            operationId = "changeReadinessPolicy",
            summary = "Publish a new readiness policy version; re-evaluates everyone as a job")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "default", value = READINESS_EXAMPLE)))
    @APIResponse(responseCode = "202", description = "New version stored; Location points at the re-evaluation job")
    @APIResponse(responseCode = "400", description = "Invalid policy")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "412", description = "If-Match does not name the current version")
    public Response changeReadiness(ReadinessPolicy policy, @HeaderParam("If-Match") String ifMatch) {
        return change(Policies.READINESS, policy, ifMatch, p -> p == null ? null : p.violations());
    }

    @GET
    @Path("/reevaluations/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getReevaluation", summary = "Progress of a re-evaluation job")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such job")
    public JobView reevaluation(@PathParam("id") String id) {
        return jobs.find(PathIds.uuid(id, "Re-evaluation"), PolicyChanges.REEVALUATION)
                .map(JobView::of)
                .orElseThrow(() -> ProblemException.notFound("Re-evaluation", id));
    }

    private <T> Response change(String kind, T policy, String ifMatch, Function<T, List<String[]>> validate) {
        if (policy == null) {
            throw ProblemException.badRequest("body", "a policy document is required");
        }
        PolicyChanges.Published published =
                changes.publish(kind, policy, ifMatch, validate.apply(policy), caller.subject());
        return Response.accepted(new PolicyChange(kind, published.version(), JobView.of(published.job())))
                .location(URI.create("/api/v1/reevaluations/" + published.job().id))
                .tag(ETags.of(published.version()))
                .build();
    }
}
