package id.talenta.participant.privacy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Stand-ins for assessment-, profile- and talent-pool-service (one server, one path prefix per service), so the
 * subject access export can be tested without the other services running.
 */
public class OtherServicesWireMock implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server =
                new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.of(
                "talenta.subject-access.assessment-url",
                base + "/assessment",
                "talenta.subject-access.profile-url",
                base + "/profile",
                "talenta.subject-access.talent-url",
                base + "/talent",
                "talenta.subject-access.read-timeout",
                "1s");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
