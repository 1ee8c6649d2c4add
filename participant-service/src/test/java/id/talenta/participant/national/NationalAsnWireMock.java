package id.talenta.participant.national;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** An in-process stand-in for the national ASN web service and its token endpoint, on a dynamic port. */
public class NationalAsnWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "quarkus.rest-client.national-asn.url",
                base + "/apisiasn/1.0",
                "talenta.national-asn.token-url",
                base + "/oauth2/token",
                "quarkus.rest-client.national-asn-token.url",
                base + "/oauth2/token",
                "talenta.national-asn.client-id",
                "talenta-test",
                "talenta.national-asn.client-secret",
                "s3cret",
                "quarkus.rest-client.national-asn-sso.url",
                base + "/auth/realms/public-siasn/protocol/openid-connect/token",
                "talenta.national-asn.sso.client-id",
                "siasn-client",
                "talenta.national-asn.sso.username",
                "operator",
                "talenta.national-asn.sso.password",
                "pw");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
