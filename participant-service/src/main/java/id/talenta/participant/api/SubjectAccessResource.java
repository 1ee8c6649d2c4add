package id.talenta.participant.api;

import id.talenta.chassis.security.CallerIdentity;
import id.talenta.chassis.security.Roles;
import id.talenta.participant.domain.Participant;
import id.talenta.participant.privacy.SelfService;
import id.talenta.participant.registry.ParticipantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * This service's part of a subject access request (UU 27/2022): everything it holds about one participant, in
 * the shape every Talenta service uses for {@code GET /api/v1/subject-access/{participantId}}:
 * {@code {service, participantId, generatedAt, status: "OK", data}}. The full export
 * ({@code GET /api/v1/participants/{id}/export}) gathers the four sections.
 */
@Path("/api/v1/subject-access")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Subject access", description = "Everything this service holds about one participant")
public class SubjectAccessResource {

    public static final String SERVICE = "participant-service";

    public record Section(String service, UUID participantId, Instant generatedAt, String status, Data data) {}

    /** The participant record (with contact data and education) and every change to it. */
    public record Data(ParticipantResponse participant, List<ParticipantResource.HistoryEntry> history) {}

    @Inject
    ParticipantService service;

    @Inject
    CallerIdentity caller;

    @Inject
    Clock clock;

    @GET
    @Path("{participantId}")
    @RolesAllowed({Roles.ADMIN, Roles.HR_OFFICER, Roles.EMPLOYEE})
    @Operation(
            operationId = "getParticipantSubjectAccessSection",
            summary = "Everything participant-service holds "
                    + "about a participant (roles: admin, hr-officer; employee: own record only)")
    @APIResponse(responseCode = "200", description = "The section {service, participantId, generatedAt, status, data}")
    @APIResponse(responseCode = "401", description = "No or invalid token")
    @APIResponse(responseCode = "403", description = "Role not allowed")
    @APIResponse(responseCode = "404", description = "Unknown participant, or (for an employee) someone else's")
    public Section section(
            @PathParam("participantId") @Parameter(example = "01939a4e-7f1c-7cc3-a0a5-5b0c3d7e9f10")
                    String participantId) {
        return section(participantId, service, caller, clock);
    }

    static Section section(String participantId, ParticipantService service, CallerIdentity caller, Clock clock) {
        UUID id = ParticipantResource.parseId(participantId);
        Participant p = SelfService.visible(service.find(id).orElse(null), caller, participantId);
        List<ParticipantResource.HistoryEntry> history = service.history(id).stream()
                .map(ParticipantResource.HistoryEntry::of)
                .toList();
        return new Section(
                SERVICE,
                id,
                Instant.now(clock),
                "OK",
                new Data(ParticipantResponse.of(p, LocalDate.now(clock)), history));
    }
}
