package id.talenta.chassis.outbox;

import id.talenta.chassis.config.ChassisConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka in id order, then marks them sent.
 *
 * <p>Exactly one relay per database is active: it holds a session-level PostgreSQL advisory
 * lock on a dedicated connection; other instances wait for that lock. A crash between send and
 * mark re-sends the batch on restart (at-least-once); consumers drop the duplicate through their
 * inbox, keyed on the CloudEvents id, which is stable across re-sends.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestUnsentAgeMillis = new AtomicLong();
    private volatile boolean running;
    private volatile boolean active;
    private Thread worker;
    private KafkaProducer<String, byte[]> producer;
    private Timer publishLatency;
    private Counter published;
    private long lastCleanup;
    private long lastInboxPrune;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ChassisConfig config;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "127.0.0.1:9092")
    String bootstrapServers;

    @Inject
    Config mpConfig;

    void onStart(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            LOG.info("outbox relay disabled by configuration");
            return;
        }
        Gauge.builder("talenta.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet published")
                .register(meters);
        Gauge.builder("talenta.outbox.oldest.unsent.age.seconds", oldestUnsentAgeMillis, v -> v.get() / 1000.0)
                .description("Age of the oldest unpublished outbox row")
                .register(meters);
        publishLatency = Timer.builder("talenta.outbox.publish.latency")
                .description("Time from outbox insert to acknowledged publish")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(meters);
        published = Counter.builder("talenta.outbox.published").register(meters);
        producer = new KafkaProducer<>(producerProperties());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops the relay and waits for the current batch to finish. Visible for tests. */
    public synchronized void stop() {
        running = false;
        wakeUp.release();
        if (worker != null) {
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
        active = false;
    }

    /** Restarts a stopped relay (used by tests that simulate a restart). */
    public synchronized void restart() {
        stop();
        onStart(null);
    }

    /** Called after a commit that wrote outbox rows. */
    public void wake() {
        wakeUp.release();
    }

    /** Whether this instance currently holds the relay lock. */
    public boolean isActive() {
        return active;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.putAll(clientProperties(mpConfig));
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        p.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "1");
        p.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(
                ProducerConfig.CLIENT_ID_CONFIG,
                mpConfig.getOptionalValue("kafka.client.id", String.class).orElse(config.serviceName()) + "-outbox");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }

    /**
     * The Kafka client configuration the rest of the service uses (every {@code kafka.*} property that is a producer
     * or common client setting: {@code security.protocol}, {@code sasl.*}, {@code ssl.*}, timeouts, ...), so the
     * relay reaches the same TLS/SASL cluster as the service's channels.
     */
    static Map<String, String> clientProperties(Config config) {
        Map<String, String> p = new TreeMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith("kafka.")) {
                String key = name.substring("kafka.".length());
                if (ProducerConfig.configNames().contains(key)) {
                    config.getOptionalValue(name, String.class).ifPresent(v -> p.put(key, v));
                }
            }
        }
        return p;
    }

    /** Whether the relay runs (enabled, worker alive) and how far behind it is, for readiness. */
    public record Health(
            boolean enabled, boolean workerAlive, boolean active, long backlog, double oldestUnsentSeconds) {}

    public Health health() {
        return new Health(
                config.outbox().enabled(),
                worker != null && worker.isAlive(),
                active,
                backlog.get(),
                oldestUnsentAgeMillis.get() / 1000.0);
    }

    private void run() {
        long pollMillis = config.outbox().pollInterval().toMillis();
        while (running) {
            Connection lockConnection = null;
            try {
                lockConnection = dataSource.getConnection();
                lockConnection.setAutoCommit(true);
                while (running && !tryLock(lockConnection)) {
                    wakeUp.tryAcquire(pollMillis * 4, TimeUnit.MILLISECONDS);
                }
                if (!running) {
                    break;
                }
                active = true;
                LOG.infof("outbox relay active for %s", config.serviceName());
                while (running) {
                    int sent = relayBatch();
                    if (sent < config.outbox().batchSize()) {
                        wakeUp.tryAcquire(pollMillis, TimeUnit.MILLISECONDS);
                        wakeUp.drainPermits();
                    }
                    checkLockConnection(lockConnection);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("outbox relay interrupted (%s); retrying", e.getMessage());
                    sleepQuietly(pollMillis * 2);
                }
            } finally {
                active = false;
                releaseLock(lockConnection);
            }
        }
        active = false;
    }

    /**
     * The lock connection comes from the pool: a session-level advisory lock would outlive its return
     * to the pool and block every later attempt. Unlock first; if that fails, drop the connection.
     */
    private void releaseLock(Connection connection) {
        if (connection == null) {
            return;
        }
        try (Statement st = connection.createStatement()) {
            st.execute("select pg_advisory_unlock_all()");
        } catch (SQLException e) {
            try {
                connection.abort(Runnable::run);
            } catch (Exception ignored) {
                // the connection is already gone, and its locks with it
            }
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }

    private boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            ps.setLong(1, config.outbox().lockKey());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    private void checkLockConnection(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("select 1");
        }
    }

    /** Publishes one batch of unsent rows; returns how many were published. */
    int relayBatch() throws Exception {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, event_id, topic, record_key, event_type, subject, payload::text, created_at "
                            + "from outbox where sent_at is null order by id limit ?")) {
                ps.setInt(1, config.outbox().batchSize());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(
                                rs.getLong(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getObject(8, OffsetDateTime.class)));
                    }
                }
            }
            if (rows.isEmpty()) {
                backlog.set(0);
                oldestUnsentAgeMillis.set(0);
                cleanup(c);
                return 0;
            }
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(producer.send(row.toRecord(config.serviceName())));
            }
            producer.flush();
            List<Long> sent = new ArrayList<>(rows.size());
            Exception failure = null;
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(30, TimeUnit.SECONDS);
                    sent.add(rows.get(i).id());
                } catch (Exception e) {
                    failure = e;
                    break; // keep order: stop at the first row that was not acknowledged
                }
            }
            markSent(c, sent);
            long now = System.currentTimeMillis();
            for (int i = 0; i < sent.size(); i++) {
                publishLatency.record(
                        Math.max(0, now - rows.get(i).createdAt().toInstant().toEpochMilli()), TimeUnit.MILLISECONDS);
            }
            published.increment(sent.size());
            refreshBacklog(c);
            if (failure != null) {
                throw failure;
            }
            return sent.size();
        }
    }

    private void markSent(Connection c, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("update outbox set sent_at = now() where id = any(?)")) {
            Array array = c.createArrayOf("bigint", ids.toArray());
            ps.setArray(1, array);
            ps.executeUpdate();
        }
    }

    private void refreshBacklog(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select count(*), min(created_at) from outbox where sent_at is null")) {
            if (rs.next()) {
                backlog.set(rs.getLong(1));
                OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                oldestUnsentAgeMillis.set(
                        oldest == null
                                ? 0
                                : Math.max(
                                        0,
                                        System.currentTimeMillis()
                                                - oldest.toInstant().toEpochMilli()));
            }
        }
    }

    private void cleanup(Connection c) throws SQLException {
        long now = System.currentTimeMillis();
        if (now - lastCleanup < 60_000) {
            return;
        }
        lastCleanup = now;
        try (PreparedStatement ps = c.prepareStatement(
                "delete from outbox where sent_at is not null and sent_at < now() - (? * interval '1 second')")) {
            ps.setLong(1, config.outbox().retention().toSeconds());
            ps.executeUpdate();
        }
        if (now - lastInboxPrune >= 3_600_000) {
            lastInboxPrune = now;
            pruneInbox(c);
        }
    }

    /**
     * Deletes inbox rows older than the inbox retention, at most one batch (the inbox has no index on its age:
     * one bounded scan an hour rather than an index every consumer write would pay for). The number deleted.
     */
    int pruneInbox(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("delete from inbox where (consumer, event_id) in ("
                + "select consumer, event_id from inbox where received_at < now() - (? * interval '1 second') "
                + "limit ?)")) {
            ps.setLong(1, config.inbox().retention().toSeconds());
            ps.setInt(2, config.inbox().pruneBatch());
            return ps.executeUpdate();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(
            long id,
            String eventId,
            String topic,
            String key,
            String type,
            String subject,
            String payload,
            OffsetDateTime createdAt) {

        ProducerRecord<String, byte[]> toRecord(String source) {
            ProducerRecord<String, byte[]> r =
                    new ProducerRecord<>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
            header(r, "ce_specversion", "1.0");
            header(r, "ce_id", eventId);
            header(r, "ce_type", type);
            header(r, "ce_source", "/talenta/" + source);
            if (subject != null) {
                header(r, "ce_subject", subject);
            }
            header(
                    r,
                    "ce_time",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(createdAt.withOffsetSameInstant(ZoneOffset.UTC)));
            header(r, "content-type", "application/json");
            return r;
        }

        private static void header(ProducerRecord<String, byte[]> r, String name, String value) {
            r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }
}
