package id.talenta.talent.api;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.chassis.http.ETags;
import id.talenta.chassis.http.PathIds;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.talent.domain.Criticality;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.store.SuccessionReadModel.ReadinessChange;
import id.talenta.talent.succession.KeyPositions;
import id.talenta.talent.succession.SuccessionQueries;
import id.talenta.talent.succession.SuccessionViews;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/key-positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Key positions", description = "Key positions, their candidates, nominations and succession readiness")
public class KeyPositionResource {

    @Schema(
            example =
                    "{\"title\": \"Kepala Dinas Pendidikan\", \"jobLevel\": \"JPT_PRATAMA\", \"unitCode\": \"DISDIK\", "
                            + "\"incumbentParticipantId\": \"0190a5a4-6f7e-7c3b-9d2e-3f4a5b6c7d8e\", \"criticality\": \"HIGH\"}")
    public record CreateKeyPosition(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 40) String jobLevel,
            @NotBlank @Size(max = 50) String unitCode,
            UUID incumbentParticipantId,

            @Size(max = 20) @Schema(description = "HIGH, MEDIUM (default) or LOW")
            String criticality) {}

    @Schema(
            example = "{\"participantId\": \"0190a5a4-6f7e-7c3b-9d2e-3f4a5b6c7d8e\", "
                    + "\"reason\": \"Led the regional digitalisation programme; committee wants her on the bench\"}")
    public record Nomination(
            @NotNull UUID participantId,
            @NotBlank @Size(max = 2000) String reason) {}

    @Schema(
            example =
                    "{\"readiness\": \"READY_NOW\", \"reason\": \"Committee 2025-06-02: acted as head of division for "
                            + "eight months during the vacancy\"}")
    public record ReadinessOverrideRequest(
            @NotBlank
            @Size(max = 40)
            @Schema(
                    description = "One of the readiness policy's levels (default READY_NOW, READY_1_2_YEARS, "
                            + "READY_3_PLUS_YEARS, NOT_READY)")
            String readiness,

            @NotBlank @Size(max = 2000) @Schema(description = "Why; kept with the override and in the audit trail")
            String reason) {}

    private static final Set<String> SORTABLE = Set.of("title", "jobLevel", "unitCode", "criticality", "createdAt");

    @Inject
    KeyPositions positions;

    @Inject
    SuccessionQueries queries;

    @Inject
    CallerIdentity caller;

    @POST
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER})
    @Operation(
            operationId = "createKeyPosition",
            summary = "Declare a key position; eligible pool members are proposed at once")
    @APIResponse(responseCode = "201", description = "Created; Location and body")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "422", description = "Unknown incumbent")
    public Response create(@Valid @NotNull CreateKeyPosition request) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String level = jobLevel(request.jobLevel(), errors);
        String criticality = request.criticality() == null ? "MEDIUM" : criticality(request.criticality(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        KeyPosition k = positions.create(
                request.title(), level, request.unitCode(), request.incumbentParticipantId(), criticality);
        SuccessionViews.KeyPositionView view = queries.view(k);
        return Response.created(URI.create("/api/v1/key-positions/" + k.id))
                .tag(ETags.of(k.version))
                .entity(view)
                .build();
    }

    @GET
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "listKeyPositions", summary = "Key positions, filtered by unit and job level, paged")
    @APIResponse(responseCode = "200", description = "A page of key positions")
    @APIResponse(responseCode = "400", description = "Invalid filter or paging")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<SuccessionViews.KeyPositionView> list(
            @QueryParam("unitCode") String unitCode,
            @QueryParam("jobLevel") String jobLevel,
            @QueryParam("page") String page,
            @QueryParam("size") String size,
            @QueryParam("sort") String sort) {
        PageRequest request = PageRequest.of(
                Filters.integer(page, "page"), Filters.integer(size, "size"), Filters.sort(sort), SORTABLE, "title");
        String unit = Filters.unitCode(unitCode);
        String level = Filters.jobLevel(jobLevel, "jobLevel");
        return queries.keyPositions(unit, level, request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(operationId = "getKeyPosition", summary = "One key position (ETag = version)")
    @APIResponse(responseCode = "200", description = "The key position")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position")
    public Response get(@PathParam("id") String id) {
        UUID kid = PathIds.uuid(id, "Key position");
        SuccessionViews.KeyPositionView view = queries.view(kid);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER})
    @Operation(
            operationId = "updateKeyPosition",
            summary = "Change a key position (only the fields sent; "
                    + "\"incumbentParticipantId\": null vacates it); re-assesses its candidates")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "new incumbent",
                                            value = "{\"incumbentParticipantId\": null, \"criticality\": \"HIGH\"}")))
    @APIResponse(responseCode = "200", description = "The updated key position")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position")
    @APIResponse(responseCode = "412", description = "Stale If-Match")
    @APIResponse(responseCode = "422", description = "Unknown incumbent")
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode body) {
        UUID kid = PathIds.uuid(id, "Key position");
        if (body == null || !body.isObject()) {
            throw ProblemException.badRequest("body", "must be a JSON object");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("title", "jobLevel", "unitCode", "incumbentParticipantId", "criticality")
                    .contains(f)) {
                errors.add(new Problem.FieldError(f, "is not a field of a key position"));
            }
        }
        String title = text(body, "title", 300, errors);
        String unitCode = text(body, "unitCode", 50, errors);
        String level = body.has("jobLevel") ? jobLevel(body.get("jobLevel").asText(null), errors) : null;
        String criticality =
                body.has("criticality") ? criticality(body.get("criticality").asText(null), errors) : null;
        boolean vacate = body.has("incumbentParticipantId")
                && body.get("incumbentParticipantId").isNull();
        UUID incumbent = null;
        if (body.has("incumbentParticipantId") && !vacate) {
            try {
                incumbent = UUID.fromString(body.get("incumbentParticipantId").asText());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("incumbentParticipantId", "must be a UUID or null"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        KeyPosition k = positions.update(
                kid, ifMatch, new KeyPositions.Changes(title, level, unitCode, incumbent, vacate, criticality));
        SuccessionViews.KeyPositionView view = queries.view(k);
        return Response.ok(view).tag(ETags.of(k.version)).build();
    }

    @GET
    @Path("/{id}/succession")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "getSuccession",
            summary = "Incumbent, vacancy risk, ranked candidates with readiness " + "and explanation, bench strength")
    @APIResponse(responseCode = "200", description = "The succession view")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position")
    public SuccessionViews.Succession succession(@PathParam("id") String id) {
        return queries.succession(PathIds.uuid(id, "Key position"));
    }

    @GET
    @Path("/{id}/candidates/{participantId}/history")
    @RolesAllowed({Roles.TALENT_COMMITTEE, Roles.HR_OFFICER, Roles.INTEGRATION})
    @Operation(
            operationId = "getCandidateReadinessHistory",
            summary = "Every readiness change of one candidate for one position")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position or candidate")
    public List<ReadinessChange> history(@PathParam("id") String id, @PathParam("participantId") String participantId) {
        UUID kid = PathIds.uuid(id, "Key position");
        UUID pid = PathIds.uuid(participantId, "Candidate");
        List<ReadinessChange> h = queries.history(kid, pid);
        if (h.isEmpty()) {
            throw ProblemException.notFound("Candidate", participantId);
        }
        return h;
    }

    @POST
    @Path("/{id}/nominations")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "nominateCandidate",
            summary = "Committee nomination of a candidate outside the automatic proposal")
    @APIResponse(responseCode = "201", description = "Nominated; body = the succession view")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position")
    @APIResponse(responseCode = "409", description = "Already nominated")
    @APIResponse(responseCode = "422", description = "Unknown participant")
    public Response nominate(@PathParam("id") String id, @Valid @NotNull Nomination request) {
        UUID kid = PathIds.uuid(id, "Key position");
        positions.nominate(kid, request.participantId(), request.reason(), caller.subject());
        return Response.created(URI.create("/api/v1/key-positions/" + kid + "/nominations/" + request.participantId()))
                .entity(queries.succession(kid))
                .build();
    }

    @DELETE
    @Path("/{id}/nominations/{participantId}")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "removeNomination",
            summary = "Withdraw a nomination; the person stays only if automatically eligible")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position or nomination")
    public Response removeNomination(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @QueryParam("reason") String reason) {
        positions.removeNomination(
                PathIds.uuid(id, "Key position"),
                PathIds.uuid(participantId, "Nomination"),
                Filters.text(reason, "reason", 2000));
        return Response.noContent().build();
    }

    @PUT
    @Path("/{id}/candidates/{participantId}/readiness-override")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "overrideCandidateReadiness",
            summary = "Talent-committee calibration of one candidate's "
                    + "readiness for this position, with a mandatory reason; the computed readiness is kept beside it, "
                    + "recomputations keep the override, and succession.readiness.changed is published when the effective "
                    + "readiness changes")
    @APIResponse(
            responseCode = "200",
            description = "The candidate (readiness = effective, computedReadiness, calibrated)")
    @APIResponse(responseCode = "400", description = "Unknown readiness or missing reason")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position or candidate")
    @APIResponse(responseCode = "409", description = "The person is not on the candidate list (ineligible)")
    public SuccessionViews.CandidateView overrideReadiness(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @Valid @NotNull ReadinessOverrideRequest request) {
        UUID kid = PathIds.uuid(id, "Key position");
        UUID pid = PathIds.uuid(participantId, "Candidate");
        positions.overrideReadiness(
                kid, pid, request.readiness().trim().toUpperCase(Locale.ROOT), request.reason(), caller.subject());
        return queries.candidate(kid, pid).orElseThrow(() -> ProblemException.notFound("Candidate", participantId));
    }

    @DELETE
    @Path("/{id}/candidates/{participantId}/readiness-override")
    @RolesAllowed(Roles.TALENT_COMMITTEE)
    @Operation(
            operationId = "clearCandidateReadinessOverride",
            summary = "Withdraw the committee's readiness override; "
                    + "the computed readiness counts again (optional ?reason= is kept in the audit trail)")
    @APIResponse(responseCode = "204", description = "Override withdrawn")
    @APIResponse(responseCode = "400", description = "Reason too long")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "No such key position or no override")
    public Response clearReadinessOverride(
            @PathParam("id") String id,
            @PathParam("participantId") String participantId,
            @QueryParam("reason") String reason) {
        positions.clearReadinessOverride(
                PathIds.uuid(id, "Key position"),
                PathIds.uuid(participantId, "Candidate"),
                Filters.text(reason, "reason", 2000));
        return Response.noContent().build();
    }

    private static String jobLevel(String raw, List<Problem.FieldError> errors) {
        try {
            return Filters.jobLevel(raw, "jobLevel");
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private static String criticality(String raw, List<Problem.FieldError> errors) {
        String v = raw == null ? "" : raw.trim().toUpperCase(Locale.ROOT);
        if (Arrays.stream(Criticality.values()).noneMatch(c -> c.name().equals(v))) {
            errors.add(new Problem.FieldError("criticality", "must be HIGH, MEDIUM or LOW"));
            return null;
        }
        return v;
    }

    private static String text(JsonNode body, String field, int max, List<Problem.FieldError> errors) {
        if (!body.has(field)) {
            return null;
        }
        JsonNode v = body.get(field);
        if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > max) {
            errors.add(new Problem.FieldError(field, "must be a non-blank string of at most " + max + " characters"));
            return null;
        }
        return v.asText();
    }
}
