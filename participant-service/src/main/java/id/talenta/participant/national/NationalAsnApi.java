package id.talenta.participant.national;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The BKN web service (SIASN): {@code GET /pns/data-utama/{nipBaru}} with the API-manager token in
 * {@code Authorization} and the SSO token in {@code Auth}; answers {@code {"code": 1, "data": {...}}}.
 */
@RegisterRestClient(configKey = "national-asn")
@Path("/pns")
public interface NationalAsnApi {

    @GET
    @Path("/data-utama/{nipBaru}")
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode dataUtama(
            @PathParam("nipBaru") String nipBaru,
            @HeaderParam("Authorization") String authorization,
            @HeaderParam("Auth") String auth);
}
