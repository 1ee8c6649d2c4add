package id.talenta.bench;

import static id.talenta.e2e.client.Platform.Service.ASSESSMENT;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.e2e.client.Platform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * The two timed phases that drive the whole pipeline: finalize a result over HTTP (assessment service) and wait for
 * the succession.readiness.changed events the talent-pool service publishes two hops later, as an external
 * consumer of talenta.talent.v1 sees them.
 */
final class Flow {

    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(30);
    private final Platform api;
    private final World world;
    private final ReadinessWatcher watcher;
    private final Settings settings;
    private final Quiet quiet;

    Flow(Platform api, World world, ReadinessWatcher watcher, Settings settings, Quiet quiet) {
        this.api = api;
        this.quiet = quiet;
        this.world = world;
        this.watcher = watcher;
        this.settings = settings;
    }

    private Platform.Answer finalizeResult(World.Person p) {
        return api.send(
                ASSESSMENT,
                "POST",
                world.resultPath(p.id) + "/finalize",
                api.tokens().assessor(world.leadAssessorId()),
                Map.of("finalizedBy", world.leadAssessorId()),
                "application/json");
    }

    static Histogram histogram() {
        return new Histogram(MAX_MICROS, 3);
    }

    static void record(Histogram h, long nanos) {
        synchronized (h) {
            h.recordValue(Math.max(0, Math.min(MAX_MICROS, nanos / 1000)));
        }
    }

    /** N finalizations with a fixed number of concurrent clients; timer from first request to last expected event. */
    ObjectNode pipeline(World.Cohort cohort) {
        List<World.Person> people = cohort.people();
        List<String> ids = people.stream().map(p -> p.id).toList();
        for (World.Person p : people) {
            watcher.expect(p.id, settings.positionsPerUnit());
        }
        ConcurrentLinkedQueue<World.Person> queue = new ConcurrentLinkedQueue<>(people);
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        Histogram http = histogram();
        int threads = settings.finalizeConcurrency();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        System.out.printf("  finalizing %,d results with %d concurrent clients ...%n", people.size(), threads);
        HopMonitor hops = new HopMonitor(quiet);
        watcher.touch();
        long t0 = System.nanoTime();
        for (int i = 0; i < threads; i++) {
            pool.submit(() -> {
                World.Person p;
                while ((p = queue.poll()) != null) {
                    long s = System.nanoTime();
                    try {
                        Platform.Answer a = finalizeResult(p);
                        record(http, System.nanoTime() - s);
                        if (a.status() != 200) {
                            fail(p, "HTTP " + a.status() + " " + abbreviate(a.raw()), failed, errors);
                        }
                    } catch (RuntimeException e) {
                        fail(p, e.getMessage(), failed, errors);
                    }
                }
            });
        }
        pool.shutdown();
        awaitPool(pool, Duration.ofMinutes(30));
        long httpEnd = System.nanoTime();
        System.out.printf(
                "  all %,d finalize requests answered after %.1f s; waiting for the readiness events ...%n",
                people.size(), (httpEnd - t0) / 1e9);
        Duration stall = Duration.ofSeconds(60);
        long done = watcher.awaitComplete(ids, stall, Duration.ofMinutes(20), "pipeline");
        ReadinessWatcher.sleep(1500);
        hops.close();
        long expected = ids.stream().filter(id -> watcher.track(id) != null).count();
        long tEnd = ids.stream()
                .map(watcher::track)
                .filter(t -> t != null && t.complete())
                .mapToLong(t -> t.completeNanos)
                .max()
                .orElse(System.nanoTime());
        double seconds = (tEnd - t0) / 1e9;
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("results", people.size());
        n.put("concurrency", threads);
        n.put("keyPositionsPerParticipant", settings.positionsPerUnit());
        n.put("keyPositions", cohort.keyPositions().size());
        n.put("units", cohort.units().size());
        n.put("finalizeErrors", failed.get());
        n.put("expectedParticipants", expected);
        n.put("completeParticipants", done);
        n.put("missingParticipants", expected - done);
        n.put("readinessEventsConsumed", watcher.expectedEvents());
        n.put("secondsFirstRequestToLastEvent", Report.round(seconds, 3));
        n.put("secondsOfHttp", Report.round((httpEnd - t0) / 1e9, 3));
        n.put("httpFinalizesPerSecond", Report.round(people.size() / ((httpEnd - t0) / 1e9), 1));
        n.put("resultsPerSecond", Report.round(done / seconds, 1));
        n.put("complete", done == expected && failed.get() == 0);
        n.set("finalizeHttpLatencyMs", Report.percentilesMs(http));
        ObjectNode hop = n.putObject("hops");
        int k = settings.positionsPerUnit();
        hop.put(
                "note",
                "seconds after the first request at which each topic had received all of this phase's records "
                        + "(sampled every second)");
        hop.put("assessmentResultsAllPublishedAtS", hops.reached("assessment-results", people.size()));
        hop.put("profilesAllPublishedAtS", hops.reached("profiles", people.size()));
        hop.put("talentAllPublishedAtS", hops.reached("talent", (long) people.size() * (1 + k)));
        hop.set("samples", hops.json());
        if (done < expected) {
            n.put(
                    "timeout",
                    "stopped waiting after " + stall.toSeconds() + " s without a new expected event: "
                            + (expected - done) + " of " + expected + " participants lack readiness events, e.g. "
                            + missing(ids, 5));
        }
        if (!errors.isEmpty()) {
            n.set("errorSamples", samples(errors));
        }
        return n;
    }

    /** A steady open-loop rate of finalizations; per result, request sent → its last readiness event consumed. */
    ObjectNode latency(World.Cohort cohort) {
        List<World.Person> people = cohort.people();
        List<String> ids = people.stream().map(p -> p.id).toList();
        for (World.Person p : people) {
            watcher.expect(p.id, settings.positionsPerUnit());
        }
        int rate = settings.latencyRate();
        long period = 1_000_000_000L / rate;
        Histogram http = histogram();
        Histogram lag = histogram();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService senders = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "latency-sender");
            t.setDaemon(true);
            return t;
        });
        System.out.printf(
                "  %d finalizations/s for %d s (%,d results) ...%n", rate, settings.latencySeconds(), people.size());
        HopMonitor hops = new HopMonitor(quiet);
        watcher.touch();
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < people.size(); i++) {
            World.Person p = people.get(i);
            long intended = start + i * period;
            long now;
            while ((now = System.nanoTime()) < intended) {
                LockSupport.parkNanos(intended - now);
            }
            // The clock starts at the intended send time: a generator or server that falls behind cannot hide it.
            watcher.track(p.id).sentNanos = intended;
            senders.submit(() -> {
                record(lag, System.nanoTime() - intended);
                try {
                    Platform.Answer a = finalizeResult(p);
                    record(http, System.nanoTime() - intended);
                    if (a.status() != 200) {
                        fail(p, "HTTP " + a.status() + " " + abbreviate(a.raw()), failed, errors);
                    }
                } catch (RuntimeException e) {
                    fail(p, e.getMessage(), failed, errors);
                }
            });
        }
        long lastIntended = start + (people.size() - 1) * period;
        senders.shutdown();
        awaitPool(senders, Duration.ofMinutes(5));
        Duration stall = Duration.ofSeconds(30);
        long done = watcher.awaitComplete(ids, stall, Duration.ofMinutes(5), "latency");
        hops.close();
        Histogram e2e = histogram();
        Histogram first = histogram();
        long expected = 0;
        for (String id : ids) {
            ReadinessWatcher.Track t = watcher.track(id);
            if (t == null) {
                continue;
            }
            expected++;
            if (t.complete()) {
                record(e2e, t.completeNanos - t.sentNanos);
                record(first, t.firstNanos - t.sentNanos);
            }
        }
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("targetRatePerSecond", rate);
        n.put("seconds", settings.latencySeconds());
        n.put("results", people.size());
        n.put("scheduledRatePerSecond", Report.round((people.size() - 1) / ((lastIntended - start) / 1e9), 2));
        n.put("finalizeErrors", failed.get());
        n.put("expectedParticipants", expected);
        n.put("completeParticipants", done);
        n.put("missingParticipants", expected - done);
        n.set("requestToLastReadinessEventMs", Report.percentilesMs(e2e));
        n.set("requestToFirstReadinessEventMs", Report.percentilesMs(first));
        n.set("finalizeHttpLatencyMs", Report.percentilesMs(http));
        n.set("senderDelayMs", Report.percentilesMs(lag));
        n.set("hopSamples", hops.json());
        if (done < expected) {
            n.put(
                    "timeout",
                    "stopped waiting after " + stall.toSeconds() + " s without a new expected event: "
                            + (expected - done) + " of " + expected
                            + " participants lack readiness events (not in the percentiles), e.g. " + missing(ids, 5));
        }
        if (!errors.isEmpty()) {
            n.set("errorSamples", samples(errors));
        }
        latencyHistogram = e2e;
        return n;
    }

    Histogram latencyHistogram;

    private List<String> missing(List<String> ids, int max) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            ReadinessWatcher.Track t = watcher.track(id);
            if (t != null && !t.complete() && out.size() < max) {
                out.add(id + " (" + t.positions.size() + " of " + t.expectedPositions + " events)");
            }
        }
        return out;
    }

    private void fail(World.Person p, String message, AtomicInteger failed, ConcurrentLinkedQueue<String> errors) {
        failed.incrementAndGet();
        watcher.forget(p.id);
        if (errors.size() < 10) {
            errors.add(p.id + ": " + message);
        }
    }

    private static ArrayNode samples(ConcurrentLinkedQueue<String> errors) {
        ArrayNode a = Report.JSON.createArrayNode();
        errors.forEach(a::add);
        return a;
    }

    static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    static void awaitPool(ExecutorService pool, Duration timeout) {
        try {
            if (!pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("requests still running after " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
