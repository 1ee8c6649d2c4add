package id.talenta.participant.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletionStage;

/** The per-service subject access endpoint every Talenta service serves (this one included). */
@Path("/api/v1/subject-access")
public interface SubjectAccessApi {

    @GET
    @Path("{participantId}")
    @Produces(MediaType.APPLICATION_JSON)
    CompletionStage<JsonNode> section(
            @PathParam("participantId") String participantId,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("X-Correlation-Id") String correlationId);
}
