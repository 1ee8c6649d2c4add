package id.talenta.participant.national;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The SSO token endpoint (Keycloak realm {@code public-siasn}), password grant: the fallback when no operator
 * supplies a token. Its URL is the whole configured SSO token URL.
 */
@RegisterRestClient(configKey = "national-asn-sso")
public interface SsoTokenApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    TokenApi.TokenResponse token(
            @FormParam("grant_type") String grantType,
            @FormParam("client_id") String clientId,
            @FormParam("username") String username,
            @FormParam("password") String password);
}
