package id.talenta.profile.events;

import static id.talenta.profile.Fixtures.PROFILES_TOPIC;
import static id.talenta.profile.Fixtures.RESULTS_TOPIC;
import static id.talenta.profile.Fixtures.awaitConsumers;
import static id.talenta.profile.Fixtures.result;
import static id.talenta.profile.Fixtures.withLevel;
import static id.talenta.profile.Fixtures.withPotential;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.chassis.testing.KafkaProbe;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process throughput of the assessment.result.finalized → profile.computed hop (disabled unless
 * {@code -Dbench.profile.n=N}): N finalized results for N new participants (nine competencies, a potential
 * assessment for half of them) sent as CloudEvents records to the test topic (one producer, like assessment-service's
 * outbox relay; {@code KafkaProbe.send} opens a producer per record and would measure itself), then the time until
 * all N profiles exist and until the N-th profile.computed is on Kafka.
 *
 * <pre>./mvnw -o -B -q -pl profile-service verify -Dtest=ProfileThroughputBenchTest -Dbench.profile.n=5000</pre>
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.profile.n", matches = "\\d+")
class ProfileThroughputBenchTest {

    static final String[] LEVELS = {"PELAKSANA", "PENGAWAS", "ADMINISTRATOR", "AHLI_PERTAMA", "AHLI_MUDA"};

    @Inject
    AgroalDataSource db;

    @Test
    void finalizedResultsBecomeProfilesAndProfileComputedEvents() throws Exception {
        int n = Integer.getInteger("bench.profile.n");
        awaitConsumers();
        List<UUID> people = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            people.add(id);
            var r = withLevel(
                    result(
                            id,
                            String.format("19800101200501%04d", i % 10000),
                            UUID.randomUUID(),
                            1,
                            LEVELS[i % LEVELS.length],
                            "BENCH" + (i % 20),
                            "3"),
                    "KOMUNIKASI",
                    i % 2 == 0 ? "2.5" : "4");
            if (i % 2 == 0) {
                withPotential(r, Map.of("GRIT", 4, "GROWTH_MINDSET", 3));
            }
            payloads.add(r.toString());
        }
        String ids = "{" + String.join(",", people.stream().map(UUID::toString).toList()) + "}";
        Set<String> wanted = new HashSet<>(people.stream().map(UUID::toString).toList());
        try (KafkaProbe computed = new KafkaProbe(PROFILES_TOPIC);
                KafkaProducer<String, String> producer = producer()) {
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(RESULTS_TOPIC, people.get(i).toString(), payloads.get(i));
                for (var h : Map.of(
                                "ce_id",
                                UUID.randomUUID().toString(),
                                "ce_type",
                                "assessment.result.finalized",
                                "ce_specversion",
                                "1.0",
                                "ce_source",
                                "/talenta/bench",
                                "content-type",
                                "application/json")
                        .entrySet()) {
                    record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
                }
                producer.send(record);
            }
            producer.flush();
            long sent = System.nanoTime();
            long[] rowsAt = new long[1];
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        boolean done = count(ids) == n;
                        if (done) {
                            rowsAt[0] = System.nanoTime();
                        }
                        return done;
                    });
            int[] events = new int[1];
            computed.pollUntil(
                    seen -> {
                        events[0] = (int) seen.stream()
                                .filter(r -> wanted.contains(r.key()))
                                .count();
                        return events[0] >= n;
                    },
                    Duration.ofMinutes(10));
            long lastEvent = System.nanoTime();
            assertEquals(n, events[0]);
            System.out.printf(
                    "%nBENCH profile-service: n=%d | sent in %d ms | all profiles stored after %d ms "
                            + "(%.0f results/s) | last profile.computed on Kafka after %d ms (%.0f results/s)%n%n",
                    n,
                    (sent - start) / 1_000_000,
                    (rowsAt[0] - start) / 1_000_000,
                    n * 1e9 / (rowsAt[0] - start),
                    (lastEvent - start) / 1_000_000,
                    n * 1e9 / (lastEvent - start));
        }
    }

    private long count(String ids) throws Exception {
        try (Connection c = db.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "select count(*) from unnest(cast(? as uuid[])) p join latest_profile l on l.participant_id = p")) {
            ps.setString(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
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
