// Creates the topics of infra/kafka/topics.conf that are missing; leaves existing ones alone.
// Run by ./talenta as a single-file program (one JVM instead of one kafka-topics call per topic):
//   java -cp '.talenta/kafka/libs/*' infra/kafka/EnsureTopics.java <bootstrap> <topics.conf> <wait-seconds>
// It also waits (up to wait-seconds) until the broker answers, so it doubles as the readiness check.
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;

public class EnsureTopics {

    record Topic(String name, int partitions, Map<String, String> configs) {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: EnsureTopics <bootstrap-servers> <topics.conf> <wait-seconds>");
            System.exit(2);
        }
        List<Topic> wanted = parse(Path.of(args[1]));
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(args[2]));

        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args[0]);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "talenta-ensure-topics");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = listTopics(admin, deadline);
            List<NewTopic> missing = new ArrayList<>();
            for (Topic t : wanted) {
                if (!existing.contains(t.name())) {
                    missing.add(new NewTopic(t.name(), Optional.of(t.partitions()), Optional.empty()).configs(t.configs()));
                }
            }
            int failures = 0;
            if (!missing.isEmpty()) {
                var result = admin.createTopics(missing);
                for (var e : result.values().entrySet()) {
                    try {
                        e.getValue().get(30, TimeUnit.SECONDS);
                        System.out.println("  created " + e.getKey());
                    } catch (ExecutionException ex) {
                        if (ex.getCause() instanceof TopicExistsException) {
                            System.out.println("  exists  " + e.getKey());
                        } else {
                            failures++;
                            System.err.println("  FAILED  " + e.getKey() + ": " + ex.getCause());
                        }
                    }
                }
            }
            // Report existing topics whose partition count differs from the wanted one (never changed silently).
            List<String> present = wanted.stream().map(Topic::name).filter(existing::contains).toList();
            if (!present.isEmpty()) {
                Map<String, TopicDescription> described = admin.describeTopics(present).allTopicNames().get(30, TimeUnit.SECONDS);
                for (Topic t : wanted) {
                    TopicDescription d = described.get(t.name());
                    if (d != null && d.partitions().size() != t.partitions()) {
                        System.err.printf("  warning: %s has %d partitions, topics.conf says %d%n",
                                t.name(), d.partitions().size(), t.partitions());
                    }
                }
            }
            System.out.printf("topics: %d wanted, %d already present, %d created%s%n", wanted.size(), present.size(),
                    missing.size() - failures, failures > 0 ? ", " + failures + " FAILED" : "");
            System.exit(failures > 0 ? 1 : 0);
        }
    }

    static Set<String> listTopics(Admin admin, Instant deadline) throws InterruptedException {
        while (true) {
            try {
                return admin.listTopics().names().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (Instant.now().isAfter(deadline)) {
                    System.err.println("Kafka did not answer in time: " + e);
                    System.exit(3);
                }
                Thread.sleep(Duration.ofMillis(500).toMillis());
            }
        }
    }

    static List<Topic> parse(Path file) throws Exception {
        List<Topic> topics = new ArrayList<>();
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+");
            Map<String, String> configs = new LinkedHashMap<>();
            if (parts.length > 2) {
                for (String kv : parts[2].split(",")) {
                    String[] pair = kv.split("=", 2);
                    configs.put(pair[0], pair[1]);
                }
            }
            topics.add(new Topic(parts[0], Integer.parseInt(parts[1]), configs));
        }
        return topics;
    }
}
