package id.talenta.assessment.api;

import id.talenta.assessment.enrollment.EnrollmentService;
import id.talenta.assessment.privacy.SelfService;
import id.talenta.assessment.rating.RatingService;
import id.talenta.assessment.result.ResultService;
import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Participants inside an event: enrollment, ratings, potential, results. */
@Path("/api/v1/assessment-events/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Participants in an event",
        description = "Enrollment, ratings, potential assessment, integration and results")
public class ParticipantAssessmentResource {

    private static final Set<String> SORTABLE = Set.of("enrolledAt", "fullName", "nip");
    private static final String ASSESSOR_ID = "0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80";

    @Inject
    EnrollmentService enrollments;

    @Inject
    RatingService ratings;

    @Inject
    ResultService results;

    @Inject
    SelfService selfService;

    /** How the assessor in the body is linked to the token (README, "Security"). */
    static final String ACTING = "Acting assessor: an assessor token must carry the claim `assessorId` (the UUID of "
            + "the caller's assessor record) — or, without it, have as `sub` the assessor's certificate number — and "
            + "the body's ";

    static final String ACTING_END = " must be that assessor (else 403). An admin may act for any assessor; the audit "
            + "trail records the admin as actor and marks the change actedOnBehalfOfAssessor.";

    @POST
    @Path("enrollments")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(
            operationId = "enrollParticipants",
            summary = "Enroll participants into a group, by ids or NIPs; per-item outcome")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = {
                                @ExampleObject(
                                        name = "byNip",
                                        value =
                                                "{\"groupCode\": \"ADM\", \"nips\": [\"196608011988031001\", \"197203152000122002\"]}"),
                                @ExampleObject(
                                        name = "byId",
                                        value =
                                                "{\"groupCode\": \"ADM\", \"participantIds\": [\"0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a81\"]}")
                            }))
    @APIResponse(
            responseCode = "200",
            description = "Per item ENROLLED or REJECTED with reason UNKNOWN_PARTICIPANT, "
                    + "INACTIVE_PARTICIPANT, ALREADY_ENROLLED, JOB_LEVEL_NOT_ALLOWED or GROUP_FULL")
    @APIResponse(responseCode = "400", description = "Neither or both of participantIds and nips; invalid NIP")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Event COMPLETED or CANCELLED")
    @APIResponse(responseCode = "422", description = "The event has no such group")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public EnrollmentResult enroll(@PathParam("id") String id, @Valid @NotNull EnrollmentRequest request) {
        return enrollments.enroll(PathIds.uuid(id, "Assessment event"), request);
    }

    @GET
    @Path("enrollments")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "listEnrollments", summary = "Enrolled participants, optionally of one group")
    @APIResponse(responseCode = "200", description = "A page of enrollments")
    @APIResponse(responseCode = "400", description = "Unknown group; bad page, size or sort")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<EnrollmentView> enrolled(
            @PathParam("id") String id,
            @QueryParam("groupCode") String groupCode,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(page, size, sort, SORTABLE, "enrolledAt");
        return enrollments.list(
                PathIds.uuid(id, "Assessment event"), QueryParams.bounded("groupCode", groupCode, 30), request);
    }

    @PUT
    @Path("participants/{participantId}/ratings/{method}")
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(
            operationId = "rateParticipant",
            summary = "An assessor's ratings of a participant in one method; "
                    + "replaces that assessor's earlier ratings of the same cells (kept in history)",
            description = ACTING + "assessorId" + ACTING_END)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "interview",
                                            value = "{\"assessorId\": \"" + ASSESSOR_ID + "\", \"ratings\": ["
                                                    + "{\"competency\": \"INTEGRITAS\", \"level\": 3.5, \"evidence\": \"Menolak gratifikasi dalam simulasi\"},"
                                                    + "{\"competency\": \"KOMUNIKASI\", \"level\": 3.0}]}")))
    @APIResponse(responseCode = "200", description = "The assessor's current ratings of the participant in that method")
    @APIResponse(
            responseCode = "400",
            description = "Unknown method or one the event does not use; competency not "
                    + "measured by the method; level outside 1.0–5.0 or with more than two decimals")
    @APIResponse(responseCode = "404", description = "No such event, or the participant is not enrolled in it")
    @APIResponse(
            responseCode = "409",
            description = "Event not IN_PROGRESS; assessor not assigned to the event; result finalized")
    @APIResponse(responseCode = "422", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(
            responseCode = "403",
            description = "Not assessor or admin; the token is not linked to an assessor, or "
                    + "the body names another assessor than the caller's own")
    public RatingResponse rate(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @PathParam("method") String method,
            @Valid @NotNull RatingRequest request) {
        return ratings.rate(
                PathIds.uuid(id, "Assessment event"), PathIds.uuid(participantId, "Participant"), method, request);
    }

    @PUT
    @Path("participants/{participantId}/potential")
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(
            operationId = "scorePotential",
            summary = "The potential assessment: all eight aspects scored 1–5",
            description = ACTING + "assessorId" + ACTING_END)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "potential",
                                            value =
                                                    "{\"assessorId\": \"" + ASSESSOR_ID + "\", \"aspects\": ["
                                                            + "{\"aspect\": \"INTELLECTUAL_ABILITY\", \"score\": 4}, {\"aspect\": \"INTERPERSONAL\", \"score\": 3},"
                                                            + "{\"aspect\": \"SELF_AWARENESS\", \"score\": 4}, {\"aspect\": \"CRITICAL_STRATEGIC_THINKING\", \"score\": 3},"
                                                            + "{\"aspect\": \"PROBLEM_SOLVING\", \"score\": 4}, {\"aspect\": \"EMOTIONAL_INTELLIGENCE\", \"score\": 3},"
                                                            + "{\"aspect\": \"GROWTH_MINDSET\", \"score\": 5}, {\"aspect\": \"GRIT\", \"score\": 4}]}")))
    @APIResponse(responseCode = "200", description = "The scores as stored")
    @APIResponse(responseCode = "400", description = "Unknown or duplicate aspect, missing aspect, score outside 1–5")
    @APIResponse(responseCode = "404", description = "No such event, or the participant is not enrolled in it")
    @APIResponse(responseCode = "409", description = "Event not IN_PROGRESS; assessor not assigned; result finalized")
    @APIResponse(responseCode = "422", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(
            responseCode = "403",
            description = "Not assessor or admin; the token is not linked to an assessor, or "
                    + "the body names another assessor than the caller's own")
    public PotentialResponse potential(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @Valid @NotNull PotentialRequest request) {
        return ratings.potential(
                PathIds.uuid(id, "Assessment event"), PathIds.uuid(participantId, "Participant"), request);
    }

    @GET
    @Path("participants/{participantId}/result")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION, Roles.EMPLOYEE})
    @Operation(
            operationId = "getResult",
            summary = "Ratings matrix, integration proposal, final levels, potential and revisions",
            description =
                    "Roles: hr-officer, admin, assessor, integration; an employee only their own FINALIZED result "
                            + "(token claim nip = the participant's NIP), anything else is 404 for them.")
    @APIResponse(responseCode = "200", description = "The result (DRAFT until finalized)")
    @APIResponse(
            responseCode = "404",
            description = "No such event, or the participant is not enrolled in it; for an "
                    + "employee also someone else's or a not yet finalized result")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public ResultResponse result(@PathParam("id") String id, @PathParam("participantId") String participantId) {
        UUID eventId = PathIds.uuid(id, "Assessment event");
        UUID pid = PathIds.uuid(participantId, "Participant");
        String what = "Result of participant " + pid + " in assessment event";
        selfService.requireOwn(pid, what, eventId);
        ResultResponse result = results.get(eventId, pid);
        if (selfService.isSelfService() && !"FINALIZED".equals(result.status())) {
            throw ProblemException.notFound(what, eventId);
        }
        return result;
    }

    @POST
    @Path("participants/{participantId}/result/finalize")
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(
            operationId = "finalizeResult",
            summary = "A lead assessor finalizes the result; publishes assessment.result.finalized",
            description = ACTING + "finalizedBy" + ACTING_END)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "withOverride",
                                            value =
                                                    "{\"finalizedBy\": \"" + ASSESSOR_ID
                                                            + "\", \"overrides\": [{\"competency\": "
                                                            + "\"KOMUNIKASI\", \"level\": 3.0, \"reason\": \"Konsisten kuat di diskusi kelompok\"}]}")))
    @APIResponse(responseCode = "200", description = "The FINALIZED result, revision 1")
    @APIResponse(
            responseCode = "400",
            description = "Override of a competency outside the matrix, without reason, level out of range")
    @APIResponse(responseCode = "404", description = "No such event, or the participant is not enrolled in it")
    @APIResponse(
            responseCode = "409",
            description = "Unrated competencies (listed); already finalized; finalizedBy not a lead "
                    + "assessor of the event; event PLANNED or CANCELLED")
    @APIResponse(responseCode = "422", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(
            responseCode = "403",
            description = "Not assessor or admin; the token is not linked to an assessor, or "
                    + "the body names another assessor than the caller's own")
    public ResultResponse finalizeResult(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @Valid @NotNull FinalizeRequest request) {
        return results.finalizeResult(
                PathIds.uuid(id, "Assessment event"), PathIds.uuid(participantId, "Participant"), request);
    }

    @POST
    @Path("participants/{participantId}/result/revisions")
    @RolesAllowed({Roles.ASSESSOR, Roles.ADMIN})
    @Operation(
            operationId = "reviseResult",
            summary = "Correct a finalized result: revision + 1, published again",
            description = ACTING + "finalizedBy" + ACTING_END)
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "correction",
                                            value =
                                                    "{\"finalizedBy\": \"" + ASSESSOR_ID
                                                            + "\", \"reason\": \"Salah input nilai pada berita acara\", "
                                                            + "\"overrides\": [{\"competency\": \"INTEGRITAS\", \"level\": 3.5, \"reason\": \"Nilai sesuai berita acara integrasi\"}]}")))
    @APIResponse(responseCode = "200", description = "The result with the new revision")
    @APIResponse(responseCode = "400", description = "Missing reason or overrides; override outside the matrix")
    @APIResponse(responseCode = "404", description = "No such event, or the participant is not enrolled in it")
    @APIResponse(
            responseCode = "409",
            description = "Not finalized yet; finalizedBy not a lead assessor; event PLANNED or CANCELLED")
    @APIResponse(responseCode = "422", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(
            responseCode = "403",
            description = "Not assessor or admin; the token is not linked to an assessor, or "
                    + "the body names another assessor than the caller's own")
    public ResultResponse revise(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @Valid @NotNull RevisionRequest request) {
        return results.revise(
                PathIds.uuid(id, "Assessment event"), PathIds.uuid(participantId, "Participant"), request);
    }
}
