package id.talenta.chassis.outbox;

import java.util.Map;
import org.eclipse.microprofile.config.Config;

/** Opens the relay's package-private configuration reading to tests in other packages. */
public final class OutboxRelayProbe {

    private OutboxRelayProbe() {}

    public static Map<String, String> clientProperties(Config config) {
        return OutboxRelay.clientProperties(config);
    }

    public static int pruneInbox(OutboxRelay relay, java.sql.Connection c) throws java.sql.SQLException {
        return relay.pruneInbox(c);
    }
}
