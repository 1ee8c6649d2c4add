package id.talenta.chassis;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.testing.KafkaProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject
    Inbox inbox;

    @Inject
    ProbeConsumer consumer;

    @Test
    void redeliveredEventIsSkippedByTheInbox() {
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.send("test.chassis.inbox", key, eventId, "probe.happened", "{\"n\":1}");
        KafkaProbe.send("test.chassis.inbox", key, eventId, "probe.happened", "{\"n\":1}");
        String other = UUID.randomUUID().toString();
        KafkaProbe.send("test.chassis.inbox", key, other, "probe.happened", "{\"n\":2}");

        await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled(key) >= 2);
        await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> true);
        assertEquals(2, consumer.handled(key), "two distinct events handled, the duplicate skipped");
    }

    @Test
    void inboxRecordIsRolledBackWithTheHandler() {
        String eventId = UUID.randomUUID().toString();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                assertTrue(inbox.firstDelivery("rollback-test", eventId));
                throw new IllegalStateException("handler failed");
            });
        } catch (IllegalStateException expected) {
            // the handler failed, so the event must count as not yet delivered
        }
        assertTrue(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("rollback-test", eventId)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("rollback-test", eventId)));
    }

    @Test
    void batchFormReturnsOnlyFirstDeliveriesAndRecordsThemAll() {
        String seen = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        String quoted = "id with \"quotes\", a comma and a \\ backslash";
        QuarkusTransaction.requiringNew().run(() -> assertTrue(inbox.firstDelivery("batch-test", seen)));

        Set<String> first = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDeliveries("batch-test", List.of(seen, fresh, fresh, quoted)));
        assertEquals(Set.of(fresh, quoted), first, "the earlier delivery and the in-batch duplicate are left out");

        Set<String> again = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDeliveries("batch-test", List.of(fresh, quoted)));
        assertEquals(Set.of(), again, "recorded by the first call");
        assertFalse(QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("batch-test", quoted)));
        assertEquals(
                Set.of(), QuarkusTransaction.requiringNew().call(() -> inbox.firstDeliveries("batch-test", List.of())));
    }

    @Test
    void batchOfRecordsYieldsTheWantedTypesOnceEachInDeliveryOrder() {
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records = List.of(
                record(b, "probe.happened"),
                record(other, "probe.ignored"),
                record(a, "probe.happened"),
                record(b, "probe.happened"));
        List<String> first = QuarkusTransaction.requiringNew()
                .call(() -> inbox.firstDeliveries("records-test", records, Set.of("probe.happened")))
                .stream()
                .map(id.talenta.chassis.events.IncomingEvent::id)
                .toList();
        assertEquals(List.of(b, a), first, "wanted types only, the repeated one once, in delivery order");
        assertEquals(
                List.of(),
                QuarkusTransaction.requiringNew()
                        .call(() -> inbox.firstDeliveries("records-test", records, Set.of("probe.happened"))),
                "all recorded");
        assertTrue(
                QuarkusTransaction.requiringNew().call(() -> inbox.firstDelivery("records-test", other)),
                "a skipped type is not recorded");
    }

    private static org.apache.kafka.clients.consumer.ConsumerRecord<String, String> record(String id, String type) {
        var r = new org.apache.kafka.clients.consumer.ConsumerRecord<String, String>("t", 0, 0L, "k", "{\"n\":1}");
        r.headers().add("ce_id", id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        r.headers().add("ce_type", type.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return r;
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String key = UUID.randomUUID().toString();
        try (KafkaProbe dlq = new KafkaProbe("test.chassis.dlq")) {
            KafkaProbe.send(
                    "test.chassis.inbox",
                    key,
                    "not json at all",
                    Map.of("ce_id", UUID.randomUUID().toString(), "ce_type", "probe.happened"));
            KafkaProbe.send("test.chassis.inbox", key, UUID.randomUUID().toString(), "probe.happened", "{\"n\":3}");

            var dead = dlq.pollUntil(s -> s.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30));
            assertTrue(dead.stream().anyMatch(r -> key.equals(r.key()) && "not json at all".equals(r.value())));
            String reason = KafkaProbe.header(
                    dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow(), "dead-letter-reason");
            assertTrue(reason != null && reason.contains("not JSON"), "reason recorded: " + reason);
            await().atMost(Duration.ofSeconds(30)).until(() -> consumer.handled(key) > 0);
            assertEquals(1, consumer.handled(key), "the good event after the poison one was handled");
        }
    }
}
