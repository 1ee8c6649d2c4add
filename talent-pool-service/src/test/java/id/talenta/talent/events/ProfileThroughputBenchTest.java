package id.talenta.talent.events;

import static id.talenta.talent.Fixtures.*;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process throughput of the profile.computed hop (disabled unless {@code -Dbench.talent.n=N}): 20 key positions
 * (10 units x JPT_PRATAMA + ADMINISTRATOR, candidate scope UNIT so that every person is a candidate for exactly 2),
 * then N profile events for rated ADMINISTRATOR participants; measures the time until every placement and readiness
 * row exists and until the last succession.readiness.changed is on Kafka.
 *
 * <pre>./mvnw -o -B -q -pl talent-pool-service verify -Dtest=ProfileThroughputBenchTest -Dbench.talent.n=3000</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.talent.n", matches = "\\d+")
class ProfileThroughputBenchTest {

    static final int UNITS = 10;
    static final String ADMIN = TestTokens.forRole("admin");

    @Inject
    EntityManager em;

    @Test
    void profileEventsBecomePlacementsAndReadinessChanges() throws Exception {
        int n = Integer.getInteger("bench.talent.n");
        awaitConsumers();
        String original = publishReadinessPolicy(null);
        try {
            String run = Long.toString(System.currentTimeMillis() % 100000, 36).toUpperCase();
            List<String> positions = new ArrayList<>();
            for (int u = 0; u < UNITS; u++) {
                for (String level : List.of("JPT_PRATAMA", "ADMINISTRATOR")) {
                    positions.add(given().auth()
                            .oauth2(committee())
                            .contentType(ContentType.JSON)
                            .body(Map.of(
                                    "title", "Bench " + level + " " + u, "jobLevel", level, "unitCode", "B" + run + u))
                            .post("/api/v1/key-positions")
                            .then()
                            .statusCode(201)
                            .extract()
                            .path("id"));
                }
            }
            List<UUID> people = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                people.add(UUID.randomUUID());
            }
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("insert into performance_rating "
                                    + "(participant_id, year, rating, source, recorded_by) select p, 2024, 'SANGAT_BAIK', 'BENCH', 'bench' "
                                    + "from unnest(cast(?1 as uuid[])) p")
                            .setParameter(
                                    1,
                                    "{"
                                            + String.join(
                                                    ",",
                                                    people.stream()
                                                            .map(UUID::toString)
                                                            .toList()) + "}")
                            .executeUpdate());

            try (KafkaProbe talent = new KafkaProbe(TALENT);
                    KafkaProducer<String, String> producer = producer()) {
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    UUID id = people.get(i);
                    String nip = String.format("19800101200503%04d", i % 10000);
                    ProducerRecord<String, String> r = new ProducerRecord<>(
                            PROFILES,
                            id.toString(),
                            profileJson(
                                    id,
                                    1,
                                    nip,
                                    "ADMINISTRATOR",
                                    "B" + run + (i % UNITS),
                                    "TINGGI",
                                    92,
                                    Map.of("JPT_PRATAMA", 95.0, "ADMINISTRATOR", 93.0)));
                    for (var h : Map.of(
                                    "ce_id",
                                    UUID.randomUUID().toString(),
                                    "ce_type",
                                    "profile.computed",
                                    "ce_specversion",
                                    "1.0",
                                    "ce_source",
                                    "/talenta/bench")
                            .entrySet()) {
                        r.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
                    }
                    producer.send(r);
                }
                producer.flush();
                long sent = System.nanoTime();
                String ids = "{"
                        + String.join(",", people.stream().map(UUID::toString).toList()) + "}";
                long[] rowsAt = new long[1];
                await().atMost(Duration.ofMinutes(10))
                        .pollInterval(Duration.ofMillis(200))
                        .until(() -> {
                            Object[] counts = QuarkusTransaction.requiringNew()
                                    .call(() -> (Object[]) em.createNativeQuery(
                                                    // joins, not "= any(?)": that checks all N ids on every row and
                                                    // would load the
                                                    // database more than the service under test
                                                    "select (select count(*) from unnest(cast(?1 as uuid[])) i(id) join placement p "
                                                            + "on p.participant_id = i.id), (select count(*) from unnest(cast(?1 as uuid[])) "
                                                            + "i(id) join readiness_change r on r.participant_id = i.id)")
                                            .setParameter(1, ids)
                                            .getSingleResult());
                            boolean done =
                                    ((Number) counts[0]).intValue() == n && ((Number) counts[1]).intValue() == 2 * n;
                            if (done) {
                                rowsAt[0] = System.nanoTime();
                            }
                            return done;
                        });
                java.util.Set<String> wanted = new java.util.HashSet<>(
                        people.stream().map(UUID::toString).toList());
                int[] readinessEvents = new int[1];
                talent.pollUntil(
                        seen -> {
                            readinessEvents[0] = (int) seen.stream()
                                    .filter(r -> wanted.contains(r.key()))
                                    .filter(r -> TalentEvents.READINESS_CHANGED.equals(KafkaProbe.header(r, "ce_type")))
                                    .count();
                            return readinessEvents[0] >= 2 * n;
                        },
                        Duration.ofMinutes(10));
                long lastEvent = System.nanoTime();
                assertEquals(2 * n, readinessEvents[0]);
                System.out.printf(
                        "%nBENCH talent-pool-service: n=%d positions=%d | sent in %d ms | all placement+readiness "
                                + "rows after %d ms (%.0f events/s) | last succession.readiness.changed on Kafka after %d ms "
                                + "(%.0f profile events/s)%n%n",
                        n,
                        positions.size(),
                        (sent - start) / 1_000_000,
                        (rowsAt[0] - start) / 1_000_000,
                        n * 1e9 / (rowsAt[0] - start),
                        (lastEvent - start) / 1_000_000,
                        n * 1e9 / (lastEvent - start));
            }
        } finally {
            publishReadinessPolicy(original);
        }
    }

    /** Publishes the given readiness policy, or the current one with candidateScope UNIT; returns the previous one. */
    private static String publishReadinessPolicy(String document) {
        Response current = given().auth().oauth2(ADMIN).get("/api/v1/policies/readiness");
        String previous = write(current.jsonPath().getMap("policy"));
        String next = document != null
                ? document
                : previous.replace("\"candidateScope\":\"ORGANISATION\"", "\"candidateScope\":\"UNIT\"");
        String job = given().auth()
                .oauth2(ADMIN)
                .contentType(ContentType.JSON)
                .body(next)
                .put("/api/v1/policies/readiness")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofMinutes(5))
                .until(() ->
                        "COMPLETED".equals(given().auth().oauth2(ADMIN).get(job).path("status")));
        return previous;
    }

    private static KafkaProducer<String, String> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaProbe.BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }
}
