package id.talenta.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Samples, every second during a timed phase, how many records each pipeline topic has received since the phase
 * began and how far behind each service's consumer group is. It shows which hop dominated: the topic whose count
 * arrives late (assessment-results = HTTP finalize, profiles = profile-service, talent = talent-pool-service).
 */
final class HopMonitor implements AutoCloseable {

    record Sample(double seconds, Map<String, Long> produced, Map<String, Long> lag) {}

    private final Quiet quiet;
    private final Map<String, Long> base;
    private final long start = System.nanoTime();
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    HopMonitor(Quiet quiet) {
        this.quiet = quiet;
        this.base = quiet.endsPerTopic();
        thread = new Thread(this::loop, "hop-monitor");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                Map<String, Long> ends = quiet.endsPerTopic();
                Map<String, Long> produced = new java.util.TreeMap<>();
                ends.forEach((t, v) ->
                        produced.put(t.replace("talenta.", "").replace(".v1", ""), v - base.getOrDefault(t, 0L)));
                Quiet.Lag lag = quiet.lag();
                synchronized (samples) {
                    samples.add(new Sample((System.nanoTime() - start) / 1e9, produced, lag.perGroup()));
                }
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a missed sample is fine
            }
        }
    }

    /** Seconds after the phase start at which {@code topic} had received {@code count} records, or NaN. */
    double reached(String topic, long count) {
        synchronized (samples) {
            for (Sample s : samples) {
                if (s.produced().getOrDefault(topic, 0L) >= count) {
                    return s.seconds();
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Records consumed per second by each service group over the sampled window: what the topics received minus how
     * much the group's lag grew. Meaningful while only the sampled phase produces records.
     */
    Map<String, Double> consumptionRates() {
        Map<String, Double> out = new java.util.TreeMap<>();
        synchronized (samples) {
            if (samples.size() < 2) {
                return out;
            }
            Sample a = samples.get(0);
            Sample b = samples.get(samples.size() - 1);
            long produced = b.produced().values().stream()
                            .mapToLong(Long::longValue)
                            .sum()
                    - a.produced().values().stream().mapToLong(Long::longValue).sum();
            double dt = b.seconds() - a.seconds();
            for (String g : b.lag().keySet()) {
                long consumedByGroup = producedFor(g, b)
                        - producedFor(g, a)
                        - (b.lag().get(g) - a.lag().getOrDefault(g, 0L));
                out.put(g, Report.round(consumedByGroup / dt, 1));
            }
            out.put("window seconds", Report.round(dt, 1));
            out.put("records produced", (double) produced);
        }
        return out;
    }

    private static long producedFor(String group, Sample s) {
        long sum = 0;
        for (String topic : Quiet.GROUPS.get(group)) {
            sum += s.produced().getOrDefault(topic.replace("talenta.", "").replace(".v1", ""), 0L);
        }
        return sum;
    }

    ArrayNode json() {
        ArrayNode a = Report.JSON.createArrayNode();
        synchronized (samples) {
            for (Sample s : samples) {
                ObjectNode n = a.addObject();
                n.put("t", Report.round(s.seconds(), 1));
                n.set("produced", Report.JSON.valueToTree(s.produced()));
                n.set("lag", Report.JSON.valueToTree(s.lag()));
            }
        }
        return a;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
