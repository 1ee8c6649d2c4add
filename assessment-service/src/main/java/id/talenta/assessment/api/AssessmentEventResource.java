package id.talenta.assessment.api;

import id.talenta.assessment.campaign.CampaignService;
import id.talenta.assessment.domain.EventLifecycle;
import id.talenta.assessment.result.ResultService;
import id.talenta.chassis.http.ETags;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Assessment events: plan, lifecycle, assessor assignments and progress. */
@Path("/api/v1/assessment-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessment events", description = "Plan and run assessment events (campaigns)")
public class AssessmentEventResource {

    static final String EVENT_EXAMPLE = """
            {"title": "Asesmen Kompetensi Pemkab Probolinggo 2025", "organizer": "BKPSDM Kabupaten Probolinggo",
             "assessorInstitution": "UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo",
             "venue": "Auditorium Madakaripura", "startDate": "2025-05-14", "endDate": "2025-05-14",
             "methods": ["PSYCHOLOGICAL_TEST", "INTERVIEW", "GROUP_DISCUSSION"],
             "matrix": [{"method": "PSYCHOLOGICAL_TEST", "competencies": ["INTEGRITAS", "ORIENTASI_HASIL"]},
                        {"method": "INTERVIEW", "competencies": ["INTEGRITAS", "KOMUNIKASI", "PELAYANAN_PUBLIK"]},
                        {"method": "GROUP_DISCUSSION", "competencies": ["KERJASAMA", "KOMUNIKASI", "PENGAMBILAN_KEPUTUSAN"]}],
             "groups": [{"code": "ADM", "name": "Administrator dan Ahli Madya", "jobLevels": ["ADMINISTRATOR", "AHLI_MADYA"], "capacity": 85},
                        {"code": "PGW", "name": "Pengawas dan Ahli Muda", "jobLevels": ["PENGAWAS", "AHLI_MUDA"], "capacity": 100},
                        {"code": "PLK", "name": "Pelaksana", "jobLevels": ["PELAKSANA"], "capacity": 30}]}""";

    private static final Set<String> SORTABLE = Set.of("startDate", "title", "createdAt", "status");

    @Inject
    CampaignService campaigns;

    @Inject
    ResultService results;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "createAssessmentEvent", summary = "Plan an assessment event (status PLANNED)")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "probolinggo", value = EVENT_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Created; Location of the event")
    @APIResponse(responseCode = "400", description = "Invalid plan (unknown method, competency, job level, ...)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response create(@Valid @NotNull CreateEventRequest request) {
        EventResponse created = campaigns.create(request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/assessment-events")
                        .path(created.id().toString())
                        .build())
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "listAssessmentEvents", summary = "List assessment events, optionally by status")
    @APIResponse(responseCode = "200", description = "A page of events")
    @APIResponse(responseCode = "400", description = "Unknown status, bad page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<EventResponse> list(
            @QueryParam("status") String status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") String sort) {
        return campaigns.list(
                QueryParams.bounded("status", status, 30), PageRequest.of(page, size, sort, SORTABLE, "startDate"));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "getAssessmentEvent", summary = "An assessment event with its plan and status")
    @APIResponse(responseCode = "200", description = "The event; ETag = version")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such event")
    public Response get(@PathParam("id") String id) {
        EventResponse e = campaigns.get(PathIds.uuid(id, "Assessment event"));
        return Response.ok(e).tag(ETags.of(e.version())).build();
    }

    @POST
    @Path("{id}/start")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "startAssessmentEvent", summary = "PLANNED → IN_PROGRESS: ratings may be taken")
    @APIResponse(responseCode = "200", description = "The event, now IN_PROGRESS")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Illegal transition from the current status")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response start(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, EventLifecycle.Action.START, ifMatch);
    }

    @POST
    @Path("{id}/complete")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "completeAssessmentEvent", summary = "IN_PROGRESS → COMPLETED: no more ratings")
    @APIResponse(responseCode = "200", description = "The event, now COMPLETED")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Illegal transition from the current status")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response complete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, EventLifecycle.Action.COMPLETE, ifMatch);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "cancelAssessmentEvent", summary = "PLANNED or IN_PROGRESS → CANCELLED")
    @APIResponse(responseCode = "200", description = "The event, now CANCELLED")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Illegal transition from the current status")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response cancel(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return transition(id, EventLifecycle.Action.CANCEL, ifMatch);
    }

    private Response transition(String id, EventLifecycle.Action action, String ifMatch) {
        EventResponse e = campaigns.transition(PathIds.uuid(id, "Assessment event"), action, ifMatch);
        return Response.ok(e).tag(ETags.of(e.version())).build();
    }

    @POST
    @Path("{id}/assessors")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @Operation(operationId = "assignAssessor", summary = "Assign an assessor (optionally as lead) to the event")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "lead",
                                            value =
                                                    "{\"assessorId\": \"0196c3a0-7d1e-7a51-9c2f-2b4d5e6f7a80\", \"lead\": true}")))
    @APIResponse(responseCode = "201", description = "Assigned")
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "409", description = "Already assigned, or the event is COMPLETED or CANCELLED")
    @APIResponse(responseCode = "422", description = "No such assessor")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Not hr-officer or admin")
    public Response assign(@PathParam("id") String id, @Valid @NotNull AssignAssessorRequest request) {
        UUID eventId = PathIds.uuid(id, "Assessment event");
        EventAssessorResponse a = campaigns.assign(eventId, request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/assessment-events")
                        .path(eventId.toString())
                        .path("assessors")
                        .path(a.assessorId().toString())
                        .build())
                .entity(a)
                .build();
    }

    @GET
    @Path("{id}/assessors")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "listEventAssessors", summary = "The assessors assigned to the event, leads first")
    @APIResponse(responseCode = "200", description = "Assignments")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public List<EventAssessorResponse> assessors(@PathParam("id") String id) {
        return campaigns.assignments(PathIds.uuid(id, "Assessment event"));
    }

    @GET
    @Path("{id}/assessors/{assessorId}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(operationId = "getEventAssessor", summary = "One assessor's assignment to the event")
    @APIResponse(responseCode = "200", description = "The assignment")
    @APIResponse(responseCode = "404", description = "No such event or assignment")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public EventAssessorResponse assessor(@PathParam("id") String id, @PathParam("assessorId") String assessorId) {
        UUID eventId = PathIds.uuid(id, "Assessment event");
        UUID aid = PathIds.uuid(assessorId, "Assignment of assessor");
        return campaigns
                .assignment(eventId, aid)
                .orElseThrow(() -> ProblemException.notFound("Assignment of assessor " + aid + " to event", eventId));
    }

    @GET
    @Path("{id}/progress")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.ASSESSOR, Roles.INTEGRATION})
    @Operation(
            operationId = "getAssessmentProgress",
            summary = "Per group: capacity, enrolled, rated, fully rated, finalized")
    @APIResponse(responseCode = "200", description = "Progress")
    @APIResponse(responseCode = "404", description = "No such event")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public ProgressResponse progress(@PathParam("id") String id) {
        return results.progress(PathIds.uuid(id, "Assessment event"));
    }
}
