package id.talenta.bench;

import static id.talenta.e2e.client.Platform.Service.PROFILE;
import static id.talenta.e2e.client.Platform.Service.TALENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.e2e.client.Platform;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * ./talenta bench [--quick]: measures the running platform beside raw baselines of its engines, in one run, and
 * writes bench/results/&lt;date&gt;[-quick].json and .md. See {@link Settings#usage()}.
 */
public final class Bench {

    /** The agency whose unit trees the benchmark builds. */
    static final String AGENCY = "BENCH";

    static final String BOOTSTRAP = System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092");

    private final Settings settings;
    private final Platform api;
    private final Report report = new Report();
    private final Baselines baselines;
    private Baselines.Pgbench tpcb;
    private Baselines.KafkaHop hop;
    private World.Cohort pipelineCohort;

    private Bench(Settings settings) {
        this.settings = settings;
        this.api = Platform.local();
        this.baselines = new Baselines(settings.home());
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        Path home = Path.of(System.getenv().getOrDefault("TALENTA_HOME", System.getProperty("user.dir")))
                .toAbsolutePath();
        Settings settings;
        try {
            settings = Settings.parse(args, home);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        int exit = new Bench(settings).run();
        System.exit(exit);
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        String mode = settings.quick() ? "quick" : "full";
        requirePlatform();
        int run = Nips.nextRun(settings.home());
        ObjectNode root = report.root;
        root.put("date", LocalDate.now().toString());
        root.put("startedAt", Instant.now().toString());
        root.put("mode", mode);
        root.put("partial", settings.partial());
        root.put("run", run);
        ObjectNode machine = Machine.describe(settings.home());
        machine.put("loadAverageAtStart", Machine.loadAverage());
        root.set("machine", machine);
        ObjectNode targets = root.putObject("targets");
        targets.put("pipelineResultsPerSecond", 1000);
        targets.put("latencyP50Ms", 30);
        targets.put("latencyP99Ms", 250);
        targets.put("importRowsPerSecond", 50000);
        targets.put("readsRequestsPerSecond", 3000);
        targets.put("readsP99Ms", 50);
        targets.put("rssMB", 300); // decimal megabytes, as the target is stated (286.1 MiB)
        System.out.printf(
                "==> Talenta benchmark (%s) on %s, %d cores, %.1f GiB; load average %s%n",
                mode,
                machine.path("cpu").asText(),
                machine.path("nproc").asInt(),
                machine.path("memoryGiB").asDouble(),
                machine.path("loadAverageAtStart").asText());

        List<String> failures = new ArrayList<>();
        if (settings.runs("baselines")) {
            phase("baselines", failures, this::baselinePhase);
        }
        boolean flows = settings.runs("pipeline") || settings.runs("latency");
        try (Quiet quiet = new Quiet(BOOTSTRAP)) {
            if (flows) {
                phase("setup", failures, () -> flowPhases(quiet, run, failures));
            }
            if (settings.runs("reads")) {
                phase("reads", failures, () -> readPhase(quiet));
            }
            if (settings.runs("import")) {
                phase("import", failures, () -> importPhase(quiet, run));
            }
        }
        if (settings.runs("services")) {
            phase("services", failures, this::servicesPhase);
        }
        machine.put("loadAverageAtEnd", Machine.loadAverage());
        root.put("durationSeconds", Report.round((System.nanoTime() - started) / 1e9, 1));
        if (!failures.isEmpty()) {
            root.set("failures", Report.JSON.valueToTree(failures));
        }
        report.notes.add(
                0,
                String.format(
                        "Machine: %s, %d cores, %.1f GiB RAM; %s; PostgreSQL %s; Kafka %s. Load average "
                                + "%s at start, %s at end (the machine was shared with other builds). Run took %.0f s.",
                        machine.path("cpu").asText(),
                        machine.path("nproc").asInt(),
                        machine.path("memoryGiB").asDouble(),
                        machine.path("java").asText(),
                        machine.path("postgresql").asText(),
                        machine.path("kafka").asText(),
                        machine.path("loadAverageAtStart").asText(),
                        machine.path("loadAverageAtEnd").asText(),
                        root.path("durationSeconds").asDouble()));
        String title = "Talenta benchmark, " + root.path("date").asText() + " (" + mode
                + (settings.partial() ? ", partial" : "") + ")";
        String md = report.markdown(title);
        root.put("markdown", md);
        System.out.println();
        System.out.println(md);
        if (settings.write()) {
            Path dir = settings.home().resolve("bench/results");
            Files.createDirectories(dir);
            String name = root.path("date").asText()
                    + (settings.quick() ? "-quick" : "")
                    + (settings.partial() ? "-partial" : "");
            Files.writeString(dir.resolve(name + ".json"), Report.JSON.writeValueAsString(root) + "\n");
            Files.writeString(dir.resolve(name + ".md"), md);
            System.out.println("==> results: bench/results/" + name + ".json and .md");
        }
        return failures.isEmpty() ? 0 : 1;
    }

    private interface Phase {
        void run() throws Exception;
    }

    private void phase(String name, List<String> failures, Phase p) {
        System.out.println("==> " + name);
        try {
            p.run();
        } catch (Exception | AssertionError e) {
            StringWriter w = new StringWriter();
            e.printStackTrace(new PrintWriter(w));
            System.out.println("  FAILED: " + e);
            System.err.println(w);
            failures.add(name + ": " + e.getMessage());
            report.root.with("errors").put(name, String.valueOf(e.getMessage()));
            report.notes.add("Phase " + name + " failed: " + e.getMessage());
        }
    }

    private void requirePlatform() {
        for (Platform.Service s : Platform.Service.values()) {
            String url = api.url(s, "/q/health/ready");
            try {
                Platform.Answer a = api.send(s, "GET", "/q/health/ready", null, null, null);
                if (a.status() != 200) {
                    throw new IllegalStateException(
                            url + " answered " + a.status() + " " + a.raw().replaceAll("\\s+", " "));
                }
            } catch (RuntimeException e) {
                if (settings.ignoreHealth()) {
                    System.out.println("warning: " + e.getMessage());
                    report.notes.add("At the start of the run a service was not ready (run with --ignore-health): "
                            + e.getMessage());
                    continue;
                }
                System.err.println(
                        "error: the platform is not ready (" + e.getMessage() + "); start it with ./talenta up");
                System.exit(2);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void baselinePhase() {
        int clients = 4;
        System.out.printf(
                "  pgbench -i -s 10 into %s, then TPC-B-like, %d clients, 2 threads, %d s ...%n",
                Baselines.DB, clients, settings.pgbenchSeconds());
        tpcb = baselines.pgbench(false, clients, settings.pgbenchSeconds());
        System.out.printf("  pgbench: %.0f TPS (average latency %.1f ms)%n", tpcb.tps(), tpcb.latencyAvgMs());
        report.root.set("pgbenchTpcb", Report.JSON.valueToTree(tpcb));
        System.out.printf(
                "  Kafka EndToEndLatency: %d messages of 512 bytes, acks=all ...%n", settings.kafkaLatencyMessages());
        hop = baselines.kafkaHop(settings.kafkaLatencyMessages());
        System.out.printf("  one hop: p50 %.0f ms, p99 %.0f ms, avg %.2f ms%n", hop.p50Ms(), hop.p99Ms(), hop.avgMs());
        report.root.set("kafkaEndToEndLatency", Report.JSON.valueToTree(hop));
    }

    private void flowPhases(Quiet quiet, int run, List<String> failures) {
        World world = new World(api, settings, run);
        World.Cohort pipeline =
                world.cohort("pipeline", settings.runs("pipeline") ? settings.pipelineParticipants() : 0);
        World.Cohort latency = world.cohort("latency", settings.runs("latency") ? settings.latencyParticipants() : 0);
        System.out.printf(
                "  setup (untimed): %,d + %,d participants in units of %d, %d ADMINISTRATOR key positions per unit%n",
                pipeline.people().size(), latency.people().size(), settings.unitSize(), settings.positionsPerUnit());
        try (ReadinessWatcher watcher = new ReadinessWatcher(BOOTSTRAP)) {
            world.load(List.of(pipeline, latency), quiet);
            analyze("after the setup");
            ObjectNode setup = report.root.putObject("setup");
            setup.put("tag", world.tag());
            setup.put("eventId", world.eventId());
            setup.put("readinessPolicy", world.readinessScopeNote);
            if (world.importFallback != null) {
                setup.put("importFallback", world.importFallback);
                report.notes.add("Setup: " + world.importFallback + ".");
            }
            setup.set("seconds", Report.JSON.valueToTree(world.setupSeconds));
            if (world.readinessScopeNote != null && world.readinessScopeNote.startsWith("changed")) {
                report.notes.add(
                        "Setup " + world.readinessScopeNote + ", so that each benchmark participant is an automatic "
                                + "candidate only for its own unit's key positions.");
            }
            Flow flow = new Flow(api, world, watcher, settings, quiet);
            if (settings.runs("pipeline")) {
                phase("pipeline", failures, () -> pipelinePhase(flow, pipeline));
            }
            if (settings.runs("latency")) {
                phase("latency", failures, () -> {
                    quiet.await("the latency phase", Duration.ofSeconds(3), Duration.ofMinutes(10));
                    latencyPhase(flow, latency);
                });
            }
            report.root.with("setup").put("foreignReadinessEvents", watcher.foreignEvents());
            report.root.with("setup").put("duplicateReadinessEvents", watcher.duplicateEvents());
        }
    }

    private final List<String> analyzed = new ArrayList<>();

    /** Statistics as autovacuum would keep them (see Baselines.analyzeServiceDatabases); recorded in the results. */
    private void analyze(String when) {
        double s = Baselines.analyzeServiceDatabases();
        System.out.printf("  ANALYZE of the four service databases %s (%.1f s)%n", when, s);
        if (analyzed.isEmpty()) {
            report.notes.add(
                    "The harness runs ANALYZE on the four service databases after its bulk setup and before the read "
                            + "phase, as autovacuum would (this server: "
                            + report.root
                                    .path("machine")
                                    .path("postgresqlSettings")
                                    .asText()
                            + "). Without it, on a server with autovacuum off, GET succession ran at a third of the rate (a hash join "
                            + "over a sequential scan of participant_replica planned from empty-table estimates).");
        }
        analyzed.add(when);
        report.root.set("analyzed", Report.JSON.valueToTree(analyzed));
    }

    private void pipelinePhase(Flow flow, World.Cohort cohort) {
        pipelineCohort = cohort;
        CpuAccount cpu = CpuAccount.start(settings.home());
        ObjectNode n = flow.pipeline(cohort);
        n.set("cpu", cpu.stop(n.path("completeParticipants").asLong()));
        report.root.set("pipeline", n);
        double rps = n.path("resultsPerSecond").asDouble();
        boolean complete = n.path("complete").asBoolean();
        System.out.printf(
                "  pipeline: %,d of %,d results through to readiness in %.1f s = %.1f results/s (HTTP alone %.1f/s)%n",
                n.path("completeParticipants").asLong(),
                n.path("results").asLong(),
                n.path("secondsFirstRequestToLastEvent").asDouble(),
                rps,
                n.path("httpFinalizesPerSecond").asDouble());
        double base = tpcb == null ? Double.NaN : tpcb.tps();
        report.row(
                String.format(
                        "Pipeline: %,d results finalized (HTTP, 16 clients) → last readiness event consumed, results/s",
                        n.path("results").asLong()),
                Report.num(rps) + (complete ? "" : " (incomplete)"),
                tpcb == null ? "n/a" : Report.num(base) + " TPS (pgbench TPC-B-like, 4 clients)",
                Report.ratio(rps, base),
                "≥ 1,000",
                Report.verdict(complete && rps >= 1000));
        JsonNode hop = n.path("hops");
        String hopNote = String.format(
                "Pipeline hops: all %,d assessment.result.finalized events were on Kafka %.0f s after the "
                        + "first request, all profile.computed %.0f s, all talent events %.0f s (sampled each second).",
                n.path("results").asLong(),
                hop.path("assessmentResultsAllPublishedAtS").asDouble(),
                hop.path("profilesAllPublishedAtS").asDouble(),
                hop.path("talentAllPublishedAtS").asDouble());
        System.out.println("  " + hopNote);
        report.notes.add(hopNote);
        String cpuNote = String.format(
                "Pipeline CPU per result (whole machine %s ms, %d cores): %s.",
                Report.num(n.path("cpu").path("machineCpuMsPerResult").asDouble()),
                Runtime.getRuntime().availableProcessors(),
                CpuAccount.summary((ObjectNode) n.path("cpu")));
        System.out.println("  " + cpuNote);
        report.notes.add(cpuNote);
        if (n.has("timeout")) {
            report.notes.add("Pipeline: " + n.get("timeout").asText());
        }
        if (n.path("finalizeErrors").asInt() > 0) {
            report.notes.add("Pipeline: " + n.path("finalizeErrors").asInt() + " finalize requests failed, e.g. "
                    + n.path("errorSamples").path(0).asText());
        }
    }

    private void latencyPhase(Flow flow, World.Cohort cohort) {
        ObjectNode n = flow.latency(cohort);
        report.root.set("latency", n);
        Histogram h = flow.latencyHistogram;
        double p50 = Report.ms(h, 50);
        double p95 = Report.ms(h, 95);
        double p99 = Report.ms(h, 99);
        double max = h.getTotalCount() == 0 ? Double.NaN : h.getMaxValue() / 1000.0;
        boolean complete = n.path("missingParticipants").asLong() == 0
                && n.path("finalizeErrors").asInt() == 0;
        System.out.printf(
                "  latency (request → last readiness event): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (%d samples)%n",
                p50, p95, p99, max, h.getTotalCount());
        // EndToEndLatency prints whole milliseconds: a p50 of "0" means under 1 ms, so the p50 baseline then uses
        // the tool's average (printed with decimals), and says so.
        boolean hopAvg = hop != null && hop.p50Ms() < 1;
        double hop50 = hop == null ? Double.NaN : 3 * (hopAvg ? hop.avgMs() : hop.p50Ms());
        double hop99 = hop == null ? Double.NaN : 3 * hop.p99Ms();
        String label = String.format(
                "Latency at %d results/s for %d s, request → its readiness events consumed",
                settings.latencyRate(), settings.latencySeconds());
        report.row(
                label + ", p50 (ms)",
                Report.num(p50),
                hop == null
                        ? "n/a"
                        : Report.num(hop50)
                                + (hopAvg ? " (3 × Kafka hop average; its p50 < 1 ms)" : " (3 × Kafka hop p50)"),
                Report.ratio(p50, hop50),
                "≤ 30",
                Report.verdict(complete && p50 <= 30));
        report.row(label + ", p95 (ms)", Report.num(p95), "", "", "", "");
        report.row(
                label + ", p99 (ms)",
                Report.num(p99),
                hop == null ? "n/a" : Report.num(hop99) + " (3 × Kafka hop p99)",
                Report.ratio(p99, hop99),
                "≤ 250",
                Report.verdict(complete && p99 <= 250));
        report.row(label + ", max (ms)", Report.num(max), "", "", "", "");
        if (n.has("timeout")) {
            report.notes.add("Latency: " + n.get("timeout").asText());
        }
        JsonNode pipe = report.root.path("pipeline");
        if (pipe.has("resultsPerSecond") && pipe.path("resultsPerSecond").asDouble() < settings.latencyRate()) {
            report.notes.add(String.format(
                    "Latency: the pipeline sustained only %.1f results/s in this run, below the %d/s offered, "
                            + "so results queued and the latency figures are mostly queueing time (see docs/scaling.md).",
                    pipe.path("resultsPerSecond").asDouble(), settings.latencyRate()));
        }
        if (n.path("finalizeErrors").asInt() > 0) {
            report.notes.add("Latency: " + n.path("finalizeErrors").asInt() + " finalize requests failed, e.g. "
                    + n.path("errorSamples").path(0).asText());
        }
    }

    private void readPhase(Quiet quiet) {
        quiet.await("the read phase", Duration.ofSeconds(3), Duration.ofMinutes(10));
        analyze("before the read phase");
        List<String> profiles = new ArrayList<>();
        List<String> positions = new ArrayList<>();
        if (pipelineCohort != null) {
            pipelineCohort.people().forEach(p -> profiles.add(api.url(PROFILE, "/api/v1/profiles/" + p.id)));
            pipelineCohort
                    .keyPositions()
                    .forEach(k -> positions.add(api.url(TALENT, "/api/v1/key-positions/" + k + "/succession")));
        } else {
            for (JsonNode p : api.get(PROFILE, "/api/v1/profiles?size=100", "talent-committee")
                    .expect(200)
                    .body()
                    .path("items")) {
                profiles.add(api.url(
                        PROFILE, "/api/v1/profiles/" + p.path("participantId").asText()));
            }
            for (JsonNode k : api.get(TALENT, "/api/v1/key-positions?size=100", "talent-committee")
                    .expect(200)
                    .body()
                    .path("items")) {
                positions.add(
                        api.url(TALENT, "/api/v1/key-positions/" + k.path("id").asText() + "/succession"));
            }
        }
        String token = api.tokens().forRole("talent-committee");
        Reads reads = new Reads();
        ObjectNode out = report.root.putObject("reads");
        ObjectNode profile = reads.run(
                "GET /api/v1/profiles/{id}", profiles, token, settings.readConcurrency(), settings.readSeconds());
        Histogram hp = reads.lastHistogram;
        out.set("profile", profile);
        ObjectNode succession = reads.run(
                "GET /api/v1/key-positions/{id}/succession",
                positions,
                token,
                settings.readConcurrency(),
                settings.readSeconds());
        Histogram hs = reads.lastHistogram;
        out.set("succession", succession);
        int pgSeconds = settings.quick() ? 5 : 10;
        System.out.printf(
                "  baseline: pgbench select-only, %d clients, %d s ...%n", settings.readConcurrency(), pgSeconds);
        Baselines.Pgbench select = null;
        try {
            select = baselines.pgbench(true, settings.readConcurrency(), pgSeconds);
            out.set("pgbenchSelectOnly", Report.JSON.valueToTree(select));
            System.out.printf("  pgbench select-only: %.0f TPS with %d clients%n", select.tps(), select.clients());
        } catch (RuntimeException e) {
            report.notes.add("Reads baseline (pgbench select-only) failed: " + e.getMessage());
        }
        for (Object[] r : new Object[][] {
            {"profile", "GET /api/v1/profiles/{id}", profile, hp},
            {"succession", "GET /api/v1/key-positions/{id}/succession", succession, hs}
        }) {
            ObjectNode n = (ObjectNode) r[2];
            Histogram h = (Histogram) r[3];
            double rps = n.path("requestsPerSecond").asDouble();
            double p99 = Report.ms(h, 99);
            boolean clean = n.path("errors").asLong() == 0;
            System.out.printf(
                    "  %s: %.0f requests/s, p50 %.1f ms, p99 %.1f ms, %d errors%n",
                    r[1], rps, Report.ms(h, 50), p99, n.path("errors").asLong());
            String what =
                    "Reads " + r[1] + ", " + settings.readConcurrency() + " clients, " + settings.readSeconds() + " s";
            report.row(
                    what + ", requests/s",
                    Report.num(rps),
                    select == null
                            ? "n/a"
                            : Report.num(select.tps()) + " TPS (pgbench select-only, " + select.clients() + " clients)",
                    select == null ? "n/a" : Report.ratio(rps, select.tps()),
                    "≥ 3,000",
                    Report.verdict(clean && rps >= 3000));
            report.row(
                    what + ", p99 (ms)",
                    Report.num(p99) + " (p50 " + Report.num(Report.ms(h, 50)) + ")",
                    "",
                    "",
                    "≤ 50",
                    Report.verdict(clean && p99 <= 50));
            if (!clean) {
                report.notes.add("Reads " + r[1] + ": " + n.path("errors").asLong() + " errors, e.g. "
                        + n.path("errorSample").asText());
            }
        }
    }

    private void importPhase(Quiet quiet, int run) throws Exception {
        Import imp = new Import(api, settings.home());
        int rows = settings.importRows();
        imp.ensureUnits();
        System.out.printf("  generating a SIASN-style CSV of %,d rows ...%n", rows);
        Path file = imp.generate(rows, run);
        try {
            System.out.printf(
                    "  baseline: psql \\copy of the same file (%,d MB) into a plain table ...%n",
                    Files.size(file) >> 20);
            Baselines.Copy copy = baselines.copy(file, Import.COLUMNS, rows);
            System.out.printf("  COPY: %.1f s = %.0f rows/s%n", copy.seconds(), copy.rowsPerSecond());
            quiet.await("the import", Duration.ofSeconds(3), Duration.ofMinutes(10));
            System.out.printf("  POST /api/v1/participant-imports?mode=UPSERT (%,d rows) ...%n", rows);
            HopMonitor relay = new HopMonitor(quiet);
            ObjectNode n = imp.viaApi(file, rows);
            if ("COMPLETED".equals(n.path("status").asText())) {
                // How fast the outbox relay put the import's events on Kafka (untimed tail, at most 2 minutes).
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (Double.isNaN(
                                relay.reached("participants", n.path("created").asLong()))
                        && System.nanoTime() < deadline) {
                    ReadinessWatcher.sleep(500);
                }
            }
            ReadinessWatcher.sleep(5000);
            relay.close();
            n.set("consumersEventsPerSecondDuringImport", Report.JSON.valueToTree(relay.consumptionRates()));
            double relayed = relay.reached("participants", n.path("created").asLong());
            n.put("participantEventsAllOnKafkaAtS", relayed);
            if (!Double.isNaN(relayed)) {
                n.put(
                        "outboxRelayEventsPerSecond",
                        Report.round(n.path("created").asLong() / relayed, 1));
            }
            n.set("relaySamples", relay.json());
            n.set("copyBaseline", Report.JSON.valueToTree(copy));
            report.root.set("import", n);
            double rps = n.path("rowsPerSecond").asDouble();
            boolean complete = "COMPLETED".equals(n.path("status").asText())
                    && n.path("created").asLong() == rows;
            System.out.printf(
                    "  import: %s in %.1f s = %.0f rows/s (created %,d, rejected %,d)%n",
                    n.path("status").asText(),
                    n.path("secondsUploadToCompleted").asDouble(),
                    rps,
                    n.path("created").asLong(),
                    n.path("rejected").asLong());
            report.row(
                    String.format("Import: %,d-row SIASN CSV, upload → job COMPLETED, rows/s", rows),
                    complete
                            ? Report.num(rps)
                            : "job " + n.path("status").asText() + " after "
                                    + Report.num(
                                            n.path("secondsUploadToCompleted").asDouble()) + " s",
                    Report.num(copy.rowsPerSecond()) + " (psql \\copy, plain table)",
                    complete ? Report.ratio(rps, copy.rowsPerSecond()) : "n/a",
                    "≥ 50,000",
                    Report.verdict(complete && rps >= 50000));
            if (!complete) {
                report.notes.add("Import: job " + n.path("status").asText() + ", created "
                        + n.path("created").asLong() + " of " + rows
                        + ", rejected " + n.path("rejected").asLong() + ", updated "
                        + n.path("updated").asLong()
                        + ", unchanged " + n.path("unchanged").asLong());
            }
            if (complete) {
                report.notes.add(String.format(
                        "Import: the job published %,d participant.registered events through the outbox; all were "
                                + "on Kafka %.0f s after the upload began (%,.0f events/s relayed). The three consuming services were still "
                                + "working through them when the run ended (not part of the timed figure).",
                        rows, relayed, n.path("outboxRelayEventsPerSecond").asDouble()));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void servicesPhase() {
        ObjectNode out = report.root.putObject("services");
        for (String s : Machine.SERVICES) {
            double rss = Machine.rssMiB(settings.home(), s);
            double startup = Machine.startupSeconds(settings.home(), s);
            ObjectNode n = out.putObject(s);
            n.put("pid", Machine.pid(settings.home(), s));
            n.put("rssMiB", Report.round(rss, 1));
            n.put("startupSeconds", startup);
            double rssMB = rss < 0 ? -1 : rss * 1024 * 1024 / 1e6;
            n.put("rssMB", Report.round(rssMB, 1));
            System.out.printf("  %-20s RSS %.0f MB (%.0f MiB), started in %.3f s%n", s, rssMB, rss, startup);
            report.row(
                    s + ": resident memory after the runs (MB) / startup (s)",
                    (rss < 0 ? "n/a" : Report.num(rssMB)) + " / "
                            + (Double.isNaN(startup) ? "n/a" : Report.num(startup)),
                    "",
                    "",
                    "≤ 300 MB",
                    rss < 0 ? "n/a" : Report.verdict(rssMB <= 300));
        }
    }
}
