package id.talenta.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads {@code succession.readiness.changed} from talenta.talent.v1 as an external consumer would, from the end of
 * the topic as it was when the watcher started (so nothing of earlier runs is counted). For every participant the
 * harness expects, it records when each distinct key position's event was consumed: a participant is complete when
 * events for all its expected positions have arrived. Events of other participants are counted and ignored.
 */
final class ReadinessWatcher implements AutoCloseable {

    static final String TOPIC = "talenta.talent.v1";
    static final String TYPE = "succession.readiness.changed";

    /** One participant's expectation: its positions' events and when they were consumed (System.nanoTime). */
    static final class Track {
        final int expectedPositions;
        final Set<String> positions = ConcurrentHashMap.newKeySet();
        volatile long sentNanos;
        volatile long firstNanos;
        volatile long completeNanos;
        final List<String> readiness = new java.util.concurrent.CopyOnWriteArrayList<>();

        Track(int expectedPositions) {
            this.expectedPositions = expectedPositions;
        }

        boolean complete() {
            return completeNanos != 0;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final KafkaConsumer<String, String> consumer;
    private final ConcurrentHashMap<String, Track> tracks = new ConcurrentHashMap<>();
    private final AtomicLong completed = new AtomicLong();
    private final AtomicLong foreignEvents = new AtomicLong();
    private final AtomicLong expectedEvents = new AtomicLong();
    private final AtomicLong duplicateEvents = new AtomicLong();
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile long lastCompletionNanos;
    private volatile boolean running = true;
    private volatile Throwable failure;
    private final Thread thread;

    ReadinessWatcher(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "100");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "talenta-bench-readiness");
        consumer = new KafkaConsumer<>(p);
        List<TopicPartition> partitions = new ArrayList<>();
        for (PartitionInfo info : consumer.partitionsFor(TOPIC, Duration.ofSeconds(30))) {
            partitions.add(new TopicPartition(TOPIC, info.partition()));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        for (TopicPartition tp : partitions) {
            consumer.position(tp, Duration.ofSeconds(30)); // resolve now: nothing before this moment is read
        }
        thread = new Thread(this::loop, "readiness-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    /** The participant will be finalized and should get events for {@code positions} distinct key positions. */
    Track expect(String participantId, int positions) {
        Track t = new Track(positions);
        tracks.put(participantId, t);
        return t;
    }

    /** No longer expected (its request failed); it counts neither as complete nor as missing. */
    void forget(String participantId) {
        tracks.remove(participantId);
    }

    Track track(String participantId) {
        return tracks.get(participantId);
    }

    long completed() {
        return completed.get();
    }

    long lastProgressNanos() {
        return lastProgressNanos;
    }

    long lastCompletionNanos() {
        return lastCompletionNanos;
    }

    long foreignEvents() {
        return foreignEvents.get();
    }

    long expectedEvents() {
        return expectedEvents.get();
    }

    long duplicateEvents() {
        return duplicateEvents.get();
    }

    void checkHealthy() {
        if (failure != null) {
            throw new IllegalStateException("the Kafka consumer of " + TOPIC + " failed: " + failure, failure);
        }
    }

    /**
     * Waits until every given participant is complete, or no expected event arrived for {@code stall}, or
     * {@code hardLimit} passed. Returns how many of them are complete.
     */
    long awaitComplete(Collection<String> participantIds, Duration stall, Duration hardLimit, String label) {
        long deadline = System.nanoTime() + hardLimit.toNanos();
        long lastPrint = System.nanoTime();
        while (true) {
            checkHealthy();
            long done = participantIds.stream()
                    .map(tracks::get)
                    .filter(t -> t != null && t.complete())
                    .count();
            long expected = participantIds.stream().filter(tracks::containsKey).count();
            if (done >= expected) {
                return done;
            }
            long now = System.nanoTime();
            if (now - lastProgressNanos > stall.toNanos() || now > deadline) {
                return done;
            }
            if (now - lastPrint > 5_000_000_000L) {
                System.out.printf(
                        "    %s: %d of %d participants have all their readiness events%n", label, done, expected);
                lastPrint = now;
            }
            sleep(50);
        }
    }

    /** Marks the start of a wait: stall detection counts from here if nothing arrived yet. */
    void touch() {
        lastProgressNanos = System.nanoTime();
    }

    private void loop() {
        try {
            while (running) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                long now = System.nanoTime();
                for (ConsumerRecord<String, String> r : records) {
                    Header type = r.headers().lastHeader("ce_type");
                    if (type == null || !TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        continue;
                    }
                    JsonNode payload = JSON.readTree(r.value());
                    String participantId = payload.path("participantId").asText(r.key());
                    Track t = tracks.get(participantId);
                    if (t == null) {
                        foreignEvents.incrementAndGet();
                        continue;
                    }
                    if (!t.positions.add(payload.path("keyPositionId").asText())) {
                        duplicateEvents.incrementAndGet();
                        continue;
                    }
                    expectedEvents.incrementAndGet();
                    t.readiness.add(payload.path("to").asText());
                    lastProgressNanos = now;
                    if (t.firstNanos == 0) {
                        t.firstNanos = now;
                    }
                    if (t.positions.size() >= t.expectedPositions && t.completeNanos == 0) {
                        t.completeNanos = now;
                        lastCompletionNanos = now;
                        completed.incrementAndGet();
                    }
                }
            }
        } catch (org.apache.kafka.common.errors.WakeupException e) {
            // closing
        } catch (Throwable e) {
            failure = e;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        consumer.close(Duration.ofSeconds(5));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
