package id.talenta.chassis;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.outbox.OutboxRelayProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The relay's producer takes the service's Kafka client configuration, and reports itself in readiness. */
@QuarkusTest
class OutboxClientConfigTest {

    @Test
    void theRelayTakesTheSecurityAndClientSettingsOfTheService() {
        var config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        Map.of(
                                "kafka.bootstrap.servers", "broker-1:9093",
                                "kafka.security.protocol", "SASL_SSL",
                                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                                "kafka.sasl.jaas.config",
                                        "org.apache.kafka.common.security.scram.ScramLoginModule "
                                                + "required username=\"talenta\" password=\"x\";",
                                "kafka.ssl.truststore.location", "/etc/kafka/truststore.p12",
                                "kafka.group.id", "not-a-producer-setting",
                                "kafka.auto.offset.reset", "earliest",
                                "mp.messaging.outgoing.x.topic", "elsewhere"),
                        "test",
                        100))
                .build();
        assertEquals(
                Map.of(
                        "bootstrap.servers", "broker-1:9093",
                        "security.protocol", "SASL_SSL",
                        "sasl.mechanism", "SCRAM-SHA-512",
                        "sasl.jaas.config",
                                "org.apache.kafka.common.security.scram.ScramLoginModule required "
                                        + "username=\"talenta\" password=\"x\";",
                        "ssl.truststore.location", "/etc/kafka/truststore.p12"),
                OutboxRelayProbe.clientProperties(config));
    }

    @jakarta.inject.Inject
    id.talenta.chassis.outbox.OutboxRelay relay;

    @jakarta.inject.Inject
    io.agroal.api.AgroalDataSource db;

    @Test
    void theInboxForgetsEventIdsOlderThanItsRetentionAndKeepsTheRest() throws Exception {
        String consumer = "prune-test-" + java.util.UUID.randomUUID();
        try (var c = db.getConnection()) {
            try (var ps = c.prepareStatement(
                    "insert into inbox (consumer, event_id, received_at) values "
                            + "(?, 'old', now() - interval '31 days'), (?, 'recent', now() - interval '29 days'), (?, 'new', now())")) {
                ps.setString(1, consumer);
                ps.setString(2, consumer);
                ps.setString(3, consumer);
                ps.executeUpdate();
            }
            org.junit.jupiter.api.Assertions.assertTrue(OutboxRelayProbe.pruneInbox(relay, c) >= 1);
            try (var ps = c.prepareStatement("select event_id from inbox where consumer = ? order by event_id")) {
                ps.setString(1, consumer);
                try (var rs = ps.executeQuery()) {
                    java.util.List<String> left = new java.util.ArrayList<>();
                    while (rs.next()) {
                        left.add(rs.getString(1));
                    }
                    assertEquals(java.util.List.of("new", "recent"), left);
                }
            }
        }
    }

    @Test
    void readinessReportsTheRelay() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("outbox-relay"))
                .body("checks.find { it.name == 'outbox-relay' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'outbox-relay' }.data.enabled", equalTo(true));
    }
}
