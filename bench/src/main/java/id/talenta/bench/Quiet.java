package id.talenta.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until the platform is idle before a timed phase: every service's consumer group has consumed everything on
 * the topics it reads, and no topic grew for a few seconds (so no outbox still has rows to relay). Without this, a
 * timed phase would also pay for the backlog of the setup before it.
 */
final class Quiet implements AutoCloseable {

    static final Map<String, List<String>> GROUPS = Map.of(
            "assessment-service", List.of("talenta.participants.v1"),
            "profile-service", List.of("talenta.assessment-results.v1", "talenta.participants.v1"),
            "talent-pool-service", List.of("talenta.participants.v1", "talenta.profiles.v1"));
    static final List<String> TOPICS = List.of(
            "talenta.participants.v1", "talenta.assessment-results.v1", "talenta.profiles.v1", "talenta.talent.v1");

    private final Admin admin;
    private final List<TopicPartition> partitions = new ArrayList<>();

    Quiet(String bootstrap) {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "talenta-bench-admin");
        admin = Admin.create(p);
        try {
            for (TopicDescription d : admin.describeTopics(TOPICS)
                    .allTopicNames()
                    .get(30, TimeUnit.SECONDS)
                    .values()) {
                d.partitions().forEach(i -> partitions.add(new TopicPartition(d.name(), i.partition())));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot describe the Talenta topics on " + bootstrap + ": " + e, e);
        }
    }

    Admin admin() {
        return admin;
    }

    /** Total unconsumed records over the service groups, and the sum of all end offsets. */
    record Lag(long lag, long endSum, Map<String, Long> perGroup) {}

    Lag lag() {
        try {
            Map<TopicPartition, Long> end = offsets(OffsetSpec.latest());
            Map<TopicPartition, Long> start = offsets(OffsetSpec.earliest());
            long total = 0;
            Map<String, Long> perGroup = new HashMap<>();
            for (Map.Entry<String, List<String>> g : GROUPS.entrySet()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(g.getKey())
                        .partitionsToOffsetAndMetadata()
                        .get(30, TimeUnit.SECONDS);
                long lag = 0;
                for (TopicPartition tp : partitions) {
                    if (!g.getValue().contains(tp.topic())) {
                        continue;
                    }
                    OffsetAndMetadata c = committed.get(tp);
                    long at = c == null ? start.get(tp) : c.offset();
                    lag += Math.max(0, end.get(tp) - at);
                }
                perGroup.put(g.getKey(), lag);
                total += lag;
            }
            long endSum = end.values().stream().mapToLong(Long::longValue).sum();
            return new Lag(total, endSum, perGroup);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read consumer lag: " + e, e);
        }
    }

    /** End offsets summed per topic. */
    Map<String, Long> endsPerTopic() {
        try {
            Map<String, Long> out = new java.util.TreeMap<>();
            offsets(OffsetSpec.latest()).forEach((tp, off) -> out.merge(tp.topic(), off, Long::sum));
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** End offsets of one topic's partitions summed (how many records it holds, ever). */
    long endSum(String topic) {
        try {
            return offsets(OffsetSpec.latest()).entrySet().stream()
                    .filter(e -> e.getKey().topic().equals(topic))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<TopicPartition, Long> offsets(OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> r =
                admin.listOffsets(request).all().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, Long> out = new HashMap<>();
        r.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /**
     * Returns once the lag is zero and no topic grew over {@code settle}; fails after {@code timeout} with the lag
     * per service.
     */
    void await(String before, Duration settle, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long lastPrint = 0;
        long stableSince = 0;
        long lastEnd = -1;
        long started = System.nanoTime();
        while (true) {
            Lag lag = lag();
            long now = System.nanoTime();
            if (lag.lag() == 0 && lag.endSum() == lastEnd) {
                if (stableSince == 0) {
                    stableSince = now;
                }
                if (now - stableSince >= settle.toNanos()) {
                    if (now - started > 5_000_000_000L) {
                        System.out.printf("    platform idle after %.0f s%n", (now - started) / 1e9);
                    }
                    return;
                }
            } else {
                stableSince = 0;
            }
            lastEnd = lag.endSum();
            if (now > deadline) {
                throw new IllegalStateException("the platform did not become idle before " + before + " within "
                        + timeout.toSeconds() + " s; unconsumed records per service: " + lag.perGroup());
            }
            if (now - lastPrint > 10_000_000_000L && lag.lag() > 0) {
                System.out.printf(
                        "    waiting for the services to drain before %s: %,d records behind %s%n",
                        before, lag.lag(), lag.perGroup());
                lastPrint = now;
            }
            ReadinessWatcher.sleep(500);
        }
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
