package id.talenta.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop read load: {@code concurrency} threads, each sending the next GET as soon as the previous answered,
 * against random ids of existing resources. The first seconds warm up and are not counted. Bodies are read and
 * discarded (no JSON parsing on the client, which shares the machine's two cores with the services).
 */
final class Reads {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    ObjectNode run(String label, List<String> urls, String token, int concurrency, int seconds) {
        if (urls.isEmpty()) {
            throw new IllegalStateException("no ids to read for " + label);
        }
        int warmup = Math.max(2, Math.min(5, seconds / 5));
        Histogram h = Flow.histogram();
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] errorSample = new String[1];
        long begin = System.nanoTime();
        long measureFrom = begin + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        System.out.printf("  %s: %d clients, %d s warm-up + %d s ...%n", label, concurrency, warmup, seconds);
        for (int i = 0; i < concurrency; i++) {
            pool.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                Histogram local = Flow.histogram();
                long n = 0;
                long e = 0;
                while (true) {
                    long s = System.nanoTime();
                    if (s >= end) {
                        break;
                    }
                    String url = urls.get(random.nextInt(urls.size()));
                    int status;
                    try {
                        HttpResponse<Void> r = http.send(
                                HttpRequest.newBuilder(URI.create(url))
                                        .header("Authorization", "Bearer " + token)
                                        .timeout(Duration.ofSeconds(30))
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        status = r.statusCode();
                    } catch (Exception ex) {
                        status = -1;
                        errorSample[0] = ex.toString();
                    }
                    long f = System.nanoTime();
                    if (s >= measureFrom && f <= end) {
                        if (status == 200) {
                            local.recordValue(Math.min((f - s) / 1000, h.getHighestTrackableValue()));
                            n++;
                        } else {
                            e++;
                            if (status > 0) {
                                errorSample[0] = "HTTP " + status + " for " + url;
                            }
                        }
                    }
                }
                synchronized (h) {
                    h.add(local);
                }
                ok.addAndGet(n);
                errors.addAndGet(e);
                return null;
            });
        }
        pool.shutdown();
        Flow.awaitPool(pool, Duration.ofSeconds(seconds + warmup + 120));
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("concurrency", concurrency);
        n.put("seconds", seconds);
        n.put("warmupSeconds", warmup);
        n.put("distinctIds", urls.size());
        n.put("requests", ok.get());
        n.put("errors", errors.get());
        n.put("requestsPerSecond", Report.round(ok.get() / (double) seconds, 1));
        n.set("latencyMs", Report.percentilesMs(h));
        if (errorSample[0] != null) {
            n.put("errorSample", errorSample[0]);
        }
        lastHistogram = h;
        return n;
    }

    Histogram lastHistogram;
}
