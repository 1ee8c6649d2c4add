package id.talenta.participant.api;

import id.talenta.chassis.http.ETags;
import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.Problem;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.HonoursScope;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.domain.JobLevel;
import id.talenta.participant.domain.Participant;
import id.talenta.participant.domain.ParticipantDraft;
import id.talenta.participant.domain.ParticipantHistory;
import id.talenta.participant.privacy.ScopeGuard;
import id.talenta.participant.privacy.SelfService;
import id.talenta.participant.privacy.SubjectAccessExport;
import id.talenta.participant.reference.ReferenceData;
import id.talenta.participant.registry.ParticipantService;
import id.talenta.participant.store.ParticipantSearch;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The participant registry. An {@code employee} token sees only the record whose NIP is in its {@code nip}
 * claim; anyone else's record answers 404 (not 403), so the API does not reveal who is registered.
 */
@Path("/api/v1/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants", description = "The ASN registry: register, read, search, change, deactivate")
public class ParticipantResource {

    static final String REGISTER_EXAMPLE = """
            {"nip": "196608011988031001", "fullName": "Siti Rahmawati", "frontTitle": "Dr.", "backTitle": "M.Si.",
             "employmentType": "PNS", "rank": "IV/a", "positionTitle": "Kepala Bidang Pengembangan SDM",
             "jobLevel": "ADMINISTRATOR", "unitCode": "BKPSDM-PROB", "email": "siti.rahmawati@probolinggokab.go.id",
             "phone": "+62 812 3456 7890", "education": {"level": "S2", "major": "Administrasi Publik"}}""";

    @Inject
    ParticipantService service;

    @Inject
    CallerIdentity caller;

    @Inject
    ScopeGuard scope;

    @Inject
    ReferenceData reference;

    @Inject
    Clock clock;

    @Inject
    SubjectAccessExport subjectAccess;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(
            operationId = "registerParticipant",
            summary = "Register a participant (roles: hr-officer, admin)",
            description =
                    "Birth date, gender, CPNS start month and retirement date are derived from the NIP and job level.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "administrator", value = REGISTER_EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new participant")
    @APIResponse(responseCode = "400", description = "Invalid field (e.g. a NIP part that is not valid)")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "409", description = "NIP already registered")
    @APIResponse(responseCode = "422", description = "Unit does not exist")
    public Response register(@Valid @NotNull ParticipantRequests.Register body) {
        ParticipantDraft draft = new ParticipantDraft(
                body.nip(),
                body.fullName(),
                body.frontTitle(),
                body.backTitle(),
                body.employmentType(),
                body.rank(),
                body.positionTitle(),
                body.jobLevel(),
                body.unitCode(),
                body.email(),
                body.phone(),
                body.education() == null ? null : body.education().level(),
                body.education() == null ? null : body.education().major());
        scope.requireUnit("unitCode", body.unitCode());
        Participant p = service.register(draft, caller.subject());
        return Response.created(uri.getBaseUriBuilder()
                        .path("api/v1/participants")
                        .path(p.id.toString())
                        .build())
                .tag(ETags.of(p.version))
                .entity(view(p))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE})
    @HonoursScope
    @Operation(
            operationId = "getParticipant",
            summary = "Read a participant by id (roles: hr-officer, admin, integration; employee: own record only)")
    @APIResponse(responseCode = "200", description = "The participant, with ETag = version")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown id, or (for an employee) someone else's record")
    public Response get(@PathParam("id") @Parameter(example = "01939a4e-7f1c-7cc3-a0a5-5b0c3d7e9f10") String id) {
        Participant p = visible(service.find(parseId(id)).orElse(null), id);
        return Response.ok(view(p)).tag(ETags.of(p.version)).build();
    }

    @GET
    @Path("nip/{nip}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE})
    @HonoursScope
    @Operation(
            operationId = "getParticipantByNip",
            summary = "Read a participant by NIP (roles: hr-officer, admin, integration; employee: own record only)")
    @APIResponse(responseCode = "200", description = "The participant, with ETag = version")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown NIP, or (for an employee) someone else's record")
    public Response getByNip(@PathParam("nip") @Parameter(example = "196608011988031001") String nip) {
        Participant p = visible(service.findByNip(nip.strip()).orElse(null), nip);
        return Response.ok(view(p)).tag(ETags.of(p.version)).build();
    }

    @GET
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN, Roles.INTEGRATION, Roles.EMPLOYEE})
    @HonoursScope
    @Operation(
            operationId = "searchParticipants",
            summary = "Search participants (roles: hr-officer, admin, integration; employee: own record only)",
            description = "q matches a substring of the name (case-insensitive) or, when all digits, a NIP prefix.")
    @APIResponse(responseCode = "200", description = "One page of participants")
    @APIResponse(responseCode = "400", description = "Invalid filter, page, size or sort")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    public Page<ParticipantResponse> list(
            @QueryParam("q") @Parameter(example = "rahma") String q,
            @QueryParam("unitCode") String unitCode,
            @QueryParam("jobLevel") @Parameter(example = "ADMINISTRATOR") String jobLevel,
            @QueryParam("employmentType") @Parameter(example = "PNS") String employmentType,
            @QueryParam("status") @Parameter(example = "ACTIVE") String status,
            @QueryParam("page") Integer page,
            @QueryParam("size") Integer size,
            @QueryParam("sort") @Parameter(example = "fullName,asc") String sort) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (jobLevel != null && reference.retirementAge(jobLevel).isEmpty()) {
            errors.add(new Problem.FieldError(
                    "jobLevel",
                    "must be one of "
                            + String.join(
                                    ", ",
                                    reference.jobLevels().stream()
                                            .map(JobLevel::code)
                                            .toList())));
        }
        for (Map.Entry<String, String> text :
                Arrays.asList(Map.entry("q", String.valueOf(q)), Map.entry("unitCode", String.valueOf(unitCode)))) {
            if (text.getValue().indexOf('\u0000') >= 0) {
                errors.add(new Problem.FieldError(text.getKey(), "must not contain NUL characters"));
            }
        }
        if (unitCode != null && unitCode.length() > 64) {
            errors.add(new Problem.FieldError("unitCode", "must be at most 64 characters"));
        }
        if (employmentType != null && !Set.of("PNS", "PPPK").contains(employmentType)) {
            errors.add(new Problem.FieldError("employmentType", "must be PNS or PPPK"));
        }
        if (status != null && !Set.of("ACTIVE", "INACTIVE").contains(status)) {
            errors.add(new Problem.FieldError("status", "must be ACTIVE or INACTIVE"));
        }
        if (q != null && q.length() > 100) {
            errors.add(new Problem.FieldError("q", "must be at most 100 characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        PageRequest request = PageRequest.of(page, size, sort, ParticipantSearch.sortable(), "fullName");
        String onlyNip = caller.isSelfService() ? caller.nip().orElse("-") : null;
        return service.search(
                        new ParticipantSearch.Criteria(
                                q,
                                unitCode,
                                jobLevel,
                                employmentType,
                                status,
                                onlyNip,
                                scope.units().orElse(null)),
                        request)
                .map(this::view);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(
            operationId = "changeParticipant",
            summary = "Change position, job level, unit, rank or contact data (roles: hr-officer, admin)",
            description =
                    "Fields absent or null are left as they are. A change of job level recomputes the retirement date. "
                            + "A request that changes nothing keeps the version and publishes no event.")
    @RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples = @ExampleObject(name = "promotion", value = """
                    {"positionTitle": "Sekretaris Badan", "jobLevel": "JPT_PRATAMA", "rank": "IV/b"}""")))
    @APIResponse(responseCode = "200", description = "The participant after the change")
    @APIResponse(responseCode = "400", description = "Invalid field")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    @APIResponse(responseCode = "422", description = "Unit does not exist")
    public Response change(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ParticipantRequests.Patch body) {
        UUID uuid = parseId(id);
        visible(service.find(uuid).orElse(null), id);
        scope.requireUnit("unitCode", body.unitCode());
        Participant p = service.change(
                uuid,
                ifMatch,
                d -> new ParticipantDraft(
                        d.nip(),
                        or(body.fullName(), d.fullName()),
                        or(body.frontTitle(), d.frontTitle()),
                        or(body.backTitle(), d.backTitle()),
                        or(body.employmentType(), d.employmentType()),
                        or(body.rank(), d.rank()),
                        or(body.positionTitle(), d.positionTitle()),
                        or(body.jobLevel(), d.jobLevel()),
                        or(body.unitCode(), d.unitCode()),
                        or(body.email(), d.email()),
                        or(body.phone(), d.phone()),
                        body.education() == null
                                ? d.educationLevel()
                                : or(body.education().level(), d.educationLevel()),
                        body.education() == null
                                ? d.educationMajor()
                                : or(body.education().major(), d.educationMajor())),
                caller.subject());
        return Response.ok(view(p)).tag(ETags.of(p.version)).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(
            operationId = "deactivateParticipant",
            summary = "Deactivate a participant with a reason; never a hard delete (roles: hr-officer, admin)")
    @APIResponse(responseCode = "200", description = "The participant, now INACTIVE")
    @APIResponse(responseCode = "400", description = "reason missing")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant")
    @APIResponse(responseCode = "409", description = "Already inactive")
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version")
    public Response deactivate(
            @PathParam("id") String id,
            @HeaderParam("If-Match") String ifMatch,
            @QueryParam("reason") @Parameter(required = true, example = "Pensiun (BUP)") String reason) {
        UUID uuid = parseId(id);
        if (reason == null || reason.isBlank()) {
            throw ProblemException.badRequest("reason", "is required");
        }
        if (reason.length() > 500) {
            throw ProblemException.badRequest("reason", "must be at most 500 characters");
        }
        visible(service.find(uuid).orElse(null), id);
        Participant p = service.deactivate(uuid, ifMatch, reason.strip(), caller.subject());
        return Response.ok(view(p)).tag(ETags.of(p.version)).build();
    }

    @GET
    @Path("{id}/history")
    @RolesAllowed({Roles.HR_OFFICER, Roles.ADMIN})
    @HonoursScope
    @Operation(
            operationId = "getParticipantHistory",
            summary =
                    "Every change of a participant: revision, changed fields, actor, reason (roles: hr-officer, admin)")
    @APIResponse(responseCode = "200", description = "History, oldest first")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant")
    public List<HistoryEntry> history(@PathParam("id") String id) {
        UUID uuid = parseId(id);
        visible(service.find(uuid).orElse(null), id);
        return service.history(uuid).stream().map(HistoryEntry::of).toList();
    }

    public record HistoryEntry(
            long revision,
            String changeType,
            List<String> changedFields,
            String actor,
            String reason,
            String source,
            Instant at) {
        static HistoryEntry of(ParticipantHistory h) {
            return new HistoryEntry(
                    h.revision, h.changeType, List.of(h.changedFields), h.actor, h.reason, h.source, h.at);
        }
    }

    /** The subject access export: one document with this service's section and the other services' sections. */
    public record Export(
            UUID participantId,
            Instant generatedAt,
            String requestedBy,
            boolean complete,
            Map<String, Object> sections) {}

    @GET
    @Path("{id}/export")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.EMPLOYEE})
    @Operation(
            operationId = "exportParticipantData",
            summary =
                    "Subject access export: everything the platform "
                            + "holds about a participant, as one document (roles: admin, hr-officer; employee: own record only)",
            description = "Gathers GET /api/v1/subject-access/{participantId} of participant-, assessment-, profile- "
                    + "and talent-pool-service with the caller's token. A service that is down, slow or refuses "
                    + "gives a section {\"status\": \"UNAVAILABLE\", \"detail\": ...} and complete=false: retry later.")
    @APIResponse(responseCode = "200", description = "The export; complete=false when a section is UNAVAILABLE")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant, or (for an employee) someone else's")
    public Export export(
            @PathParam("id") @Parameter(example = "01939a4e-7f1c-7cc3-a0a5-5b0c3d7e9f10") String id,
            @HeaderParam("Authorization") String authorization) {
        SubjectAccessResource.Section own = SubjectAccessResource.section(id, service, caller, clock);
        SubjectAccessExport.OtherSections others = subjectAccess.otherSections(own.participantId(), authorization);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put(SubjectAccessResource.SERVICE, own);
        sections.putAll(others.sections());
        subjectAccess.recordExport(own.participantId(), others.complete());
        return new Export(own.participantId(), Instant.now(clock), caller.subject(), others.complete(), sections);
    }

    /** The participant when the caller may see it: self-service only their own, staff only inside their scope. */
    private Participant visible(Participant p, String shownId) {
        return scope.visible(SelfService.visible(p, caller, shownId), shownId);
    }

    private ParticipantResponse view(Participant p) {
        return ParticipantResponse.of(p, LocalDate.now(clock));
    }

    static UUID parseId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Participant", id);
        }
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
