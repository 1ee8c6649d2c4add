package id.talenta.chassis.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A real Kafka consumer/producer for tests: reads what services publish, sends what they consume. */
public final class KafkaProbe implements AutoCloseable {

    public static final String BOOTSTRAP = System.getProperty(
            "kafka.bootstrap.servers", System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** Subscribes from the latest offset; call before triggering what you want to observe. */
    public KafkaProbe(String... topics) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(p);
        consumer.subscribe(List.of(topics));
        long deadline = System.currentTimeMillis() + 30_000;
        while (consumer.assignment().isEmpty() && System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(100));
        }
        consumer.seekToEnd(consumer.assignment());
        consumer.assignment().forEach(consumer::position);
    }

    /** Polls until {@code until} holds over everything seen so far, or the timeout passes; returns what was seen. */
    public List<ConsumerRecord<String, String>> pollUntil(
            Predicate<List<ConsumerRecord<String, String>>> until, Duration timeout) {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (!until.test(seen) && System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    /** Keeps polling for the whole duration (to show that nothing more arrives). */
    public List<ConsumerRecord<String, String>> pollFor(Duration duration) {
        long deadline = System.currentTimeMillis() + duration.toMillis();
        while (System.currentTimeMillis() < deadline) {
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Sends a CloudEvents binary-mode record, as a producer service would. */
    public static void send(String topic, String key, String eventId, String type, String json) {
        send(
                topic,
                key,
                json,
                Map.of(
                        "ce_id",
                        eventId,
                        "ce_type",
                        type,
                        "ce_specversion",
                        "1.0",
                        "ce_source",
                        "/talenta/test",
                        "content-type",
                        "application/json"));
    }

    public static void send(String topic, String key, String value, Map<String, String> headers) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            ProducerRecord<String, String> r = new ProducerRecord<>(topic, key, value);
            headers.forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(r).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send test event", e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
