package id.talenta.chassis;

import static id.talenta.chassis.testing.KafkaProbe.header;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.outbox.Outbox;
import id.talenta.chassis.outbox.OutboxRelay;
import id.talenta.chassis.testing.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OutboxRelayTest {

    static final String TOPIC = "test.chassis.outbox";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Test
    void committedEventIsPublishedExactlyOnceWithCloudEventsHeaders() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            UUID id = QuarkusTransaction.requiringNew()
                    .call(() -> outbox.publish(TOPIC, key, "probe.happened", "probe/" + key, Map.of("answer", 42)));

            probe.pollUntil(seen -> ofKey(seen, key).size() >= 1, Duration.ofSeconds(20));
            List<ConsumerRecord<String, String>> mine = ofKey(probe.pollFor(Duration.ofSeconds(2)), key);

            assertEquals(1, mine.size(), "published once");
            ConsumerRecord<String, String> r = mine.get(0);
            assertEquals("{\"answer\": 42}", r.value());
            assertEquals(id.toString(), header(r, "ce_id"));
            assertEquals("probe.happened", header(r, "ce_type"));
            assertEquals("1.0", header(r, "ce_specversion"));
            assertEquals("/talenta/chassis-test", header(r, "ce_source"));
            assertEquals("probe/" + key, header(r, "ce_subject"));
            assertEquals("application/json", header(r, "content-type"));
            assertTrue(header(r, "ce_time").endsWith("Z"), "ce_time is UTC RFC 3339");
            assertEquals(1L, unsentOrSent(id, true), "row marked sent");
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            assertThrows(
                    IllegalStateException.class,
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        outbox.publish(TOPIC, key, "probe.happened", null, Map.of("x", 1));
                        throw new IllegalStateException("business rule failed after the event was written");
                    }));
            assertEquals(0, ofKey(probe.pollFor(Duration.ofSeconds(3)), key).size());
            Number rows = (Number) QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("select count(*) from outbox where record_key = ?1")
                            .setParameter(1, key)
                            .getSingleResult());
            assertEquals(0, rows.intValue());
        }
    }

    @Test
    void relayRestartMidStreamLosesNothing() {
        String run = UUID.randomUUID().toString();
        int events = 3000;
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            publishMany(run, events, 10);
            probe.pollUntil(seen -> ofRun(seen, run).size() >= events / 10, Duration.ofSeconds(30));
            relay.restart(); // stops mid-stream (some rows sent, some not) and starts again
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> distinctSeq(ofRun(s, run)).size() >= events, Duration.ofSeconds(60));
            assertEquals(events, distinctSeq(ofRun(seen, run)).size(), "every event arrived after the restart");
            assertTrue(relay.isActive(), "relay active again");
        }
    }

    @Test
    void tenThousandEventsOverSixPartitionsArriveInOrderPerKey() {
        String run = UUID.randomUUID().toString();
        int events = 10_000;
        int keys = 60;
        try (KafkaProbe probe = new KafkaProbe(TOPIC)) {
            publishMany(run, events, keys);
            List<ConsumerRecord<String, String>> mine =
                    ofRun(probe.pollUntil(s -> ofRun(s, run).size() >= events, Duration.ofSeconds(90)), run);

            assertEquals(events, mine.size());
            Set<Integer> partitions =
                    mine.stream().map(ConsumerRecord::partition).collect(Collectors.toSet());
            assertEquals(6, partitions.size(), "keys spread over all six partitions");
            Map<String, Integer> lastSeqPerKey = new HashMap<>();
            for (ConsumerRecord<String, String> r : mine) {
                int seq = seqOf(r);
                Integer previous = lastSeqPerKey.put(r.key(), seq);
                assertTrue(
                        previous == null || previous < seq,
                        "key " + r.key() + ": " + seq + " arrived after " + previous);
            }
        }
    }

    private void publishMany(String run, int events, int keys) {
        int perTx = 250;
        for (int start = 0; start < events; start += perTx) {
            int from = start;
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = from; i < Math.min(events, from + perTx); i++) {
                    String key = run + "-" + (i % keys);
                    outbox.publish(TOPIC, key, "probe.sequenced", null, Map.of("run", run, "seq", i));
                }
            });
        }
    }

    private long unsentOrSent(UUID id, boolean sent) {
        return ((Number) QuarkusTransaction.requiringNew()
                        .call(() -> em.createNativeQuery(
                                        "select count(*) from outbox where event_id = ?1 and sent_at is "
                                                + (sent ? "not null" : "null"))
                                .setParameter(1, id)
                                .getSingleResult()))
                .longValue();
    }

    private static List<ConsumerRecord<String, String>> ofKey(List<ConsumerRecord<String, String>> seen, String key) {
        return seen.stream().filter(r -> key.equals(r.key())).toList();
    }

    private static List<ConsumerRecord<String, String>> ofRun(List<ConsumerRecord<String, String>> seen, String run) {
        return seen.stream()
                .filter(r -> r.key() != null && r.key().startsWith(run))
                .toList();
    }

    private static Set<Integer> distinctSeq(List<ConsumerRecord<String, String>> records) {
        Set<Integer> seqs = new HashSet<>();
        records.forEach(r -> seqs.add(seqOf(r)));
        return seqs;
    }

    private static int seqOf(ConsumerRecord<String, String> r) {
        String v = r.value();
        int i = v.indexOf("\"seq\":");
        String rest = v.substring(i + 6).trim();
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return Integer.parseInt(rest.substring(0, end));
    }
}
