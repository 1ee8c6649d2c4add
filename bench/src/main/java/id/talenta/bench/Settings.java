package id.talenta.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What one run measures and at which size: the full run of issue 8, or --quick (about three minutes). */
record Settings(
        boolean quick,
        Path home,
        int pipelineParticipants,
        int finalizeConcurrency,
        int latencyRate,
        int latencySeconds,
        int importRows,
        int readConcurrency,
        int readSeconds,
        int pgbenchSeconds,
        int kafkaLatencyMessages,
        int unitSize,
        int positionsPerUnit,
        Set<String> phases,
        boolean write,
        boolean partial,
        boolean ignoreHealth) {

    static final List<String> ALL_PHASES = List.of("baselines", "pipeline", "latency", "reads", "import", "services");

    static Settings parse(String[] args, Path home) {
        boolean quick = false;
        boolean write = true;
        boolean ignoreHealth = false;
        Set<String> only = null;
        Set<String> skip = new LinkedHashSet<>();
        Integer participants = null;
        Integer importRows = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--quick" -> quick = true;
                case "--no-write" -> write = false;
                case "--ignore-health" -> ignoreHealth = true;
                case "--only" -> only = phases(value(args, ++i, a));
                case "--skip" -> skip.addAll(phases(value(args, ++i, a)));
                case "--participants" -> participants = Integer.parseInt(value(args, ++i, a));
                case "--import-rows" -> importRows = Integer.parseInt(value(args, ++i, a));
                case "-h", "--help" -> {
                    usage();
                    System.exit(0);
                }
                default -> throw new IllegalArgumentException("unknown option " + a + " (try --help)");
            }
        }
        Set<String> phases = new LinkedHashSet<>(only == null ? ALL_PHASES : only);
        phases.removeAll(skip);
        boolean partial = only != null || !skip.isEmpty() || participants != null || importRows != null;
        return new Settings(
                quick,
                home,
                participants != null ? participants : quick ? 1_000 : 20_000,
                16,
                50,
                quick ? 15 : 60,
                importRows != null ? importRows : quick ? 100_000 : 1_000_000,
                32,
                quick ? 10 : 30,
                quick ? 10 : 30,
                quick ? 2_000 : 5_000,
                20,
                2,
                phases,
                write,
                partial,
                ignoreHealth);
    }

    int latencyParticipants() {
        return latencyRate * latencySeconds;
    }

    boolean runs(String phase) {
        return phases.contains(phase);
    }

    private static Set<String> phases(String csv) {
        Set<String> s = new LinkedHashSet<>(Arrays.asList(csv.split(",")));
        for (String p : s) {
            if (!ALL_PHASES.contains(p)) {
                throw new IllegalArgumentException("unknown phase " + p + "; phases: " + ALL_PHASES);
            }
        }
        return s;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static void usage() {
        System.out.println("""
                Usage: ./talenta bench [--quick] [--only p1,p2] [--skip p1,p2] [--participants N] [--import-rows N] [--no-write]
                                       [--ignore-health]

                Measures the running platform (./talenta up) beside raw baselines of PostgreSQL and Kafka, in one run:
                  baselines  pgbench TPC-B-like TPS (4 clients) and Kafka's EndToEndLatency (one hop)
                  pipeline   N finalizations over HTTP (concurrency 16) until every readiness event is consumed
                  latency    50 finalizations/s, per result the time from the request to its readiness events
                  reads      GET profile and succession at concurrency 32 (baseline: pgbench select-only, 32 clients)
                  import     a generated SIASN CSV through the import API (baseline: psql \\copy of the same file)
                  services   resident memory and startup time of each service
                Full: 20,000 participants, 60 s of latency, 1,000,000 import rows (about 15 minutes).
                --quick: 1,000 participants, 15 s, 100,000 rows (about 3 minutes).
                Results: bench/results/<date>[-quick].json and .md; a run with --only/--skip or changed sizes writes
                <date>[-quick]-partial.* instead; --no-write prints only. --ignore-health runs even when a service's
                /q/health/ready is not UP (it is noted in the results).
                """);
    }
}
