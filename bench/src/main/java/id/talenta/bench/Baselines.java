package id.talenta.bench;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw engines beneath the platform, measured in the same run on the same machine: pgbench (TPC-B-like and
 * select-only) and psql COPY into a scratch database {@code talenta_bench}, and Kafka's own EndToEndLatency tool.
 */
final class Baselines {

    static final String DB = "talenta_bench";
    private static final List<String> CONN = List.of("-h", "127.0.0.1", "-p", "5432", "-U", "postgres");
    private final Path home;
    private boolean initialised;

    Baselines(Path home) {
        this.home = home;
    }

    record Pgbench(double tps, double latencyAvgMs, int clients, int seconds, String mode, double initSeconds) {}

    record KafkaHop(double avgMs, double p50Ms, double p99Ms, double p999Ms, int messages, String raw) {}

    record Copy(long rows, double seconds, double rowsPerSecond) {}

    private void ensureDatabase() {
        String exists = psql("postgres", "select 1 from pg_database where datname = '" + DB + "'")
                .out()
                .strip();
        if (!exists.equals("1")) {
            psql("postgres", "create database " + DB);
        }
    }

    /** pgbench -i -s 10 (once per run). */
    double initialise() {
        ensureDatabase();
        List<String> cmd = new ArrayList<>(List.of("pgbench"));
        cmd.addAll(CONN);
        cmd.addAll(List.of("-i", "-s", "10", "-q", DB));
        Shell.Result r = Shell.run(Duration.ofMinutes(5), null, cmd).require();
        initialised = true;
        return r.seconds();
    }

    /** Connections still available on the server (the services hold theirs: HikariCP/Agroal pools). */
    static int freeConnections() {
        String free = psql(
                        "postgres",
                        "select current_setting('max_connections')::int - count(*) from pg_stat_activity "
                                + "where backend_type = 'client backend'")
                .out()
                .strip();
        return Integer.parseInt(free);
    }

    /**
     * TPC-B-like (default script) or select-only (-S) for {@code seconds} with {@code clients} clients (fewer when the
     * server has not that many connections left; the result says how many), 2 threads.
     */
    Pgbench pgbench(boolean selectOnly, int clients, int seconds) {
        double init = 0;
        if (!initialised) {
            init = initialise();
        }
        int free = freeConnections() - 2;
        if (free < clients) {
            System.out.printf(
                    "  (PostgreSQL has only %d free connections: pgbench runs with %d clients instead of %d)%n",
                    free + 2, Math.max(1, free), clients);
            clients = Math.max(1, free);
        }
        List<String> cmd = new ArrayList<>(List.of("pgbench"));
        cmd.addAll(CONN);
        if (selectOnly) {
            cmd.add("-S");
        }
        cmd.addAll(List.of(
                "-c",
                Integer.toString(clients),
                "-j",
                Integer.toString(Math.min(2, clients)),
                "-T",
                Integer.toString(seconds),
                DB));
        Shell.Result r = Shell.run(Duration.ofSeconds(seconds + 120), null, cmd).require();
        double tps = Double.parseDouble(r.find("tps = ([0-9.]+)")
                .orElseThrow(() -> new IllegalStateException("no tps in pgbench output: " + r.out())));
        double lat = r.find("latency average = ([0-9.]+) ms")
                .map(Double::parseDouble)
                .orElse(Double.NaN);
        return new Pgbench(tps, lat, clients, seconds, selectOnly ? "select-only (-S)" : "TPC-B-like", init);
    }

    /** Kafka's EndToEndLatency: produce one message, wait until it is consumed, repeat. */
    KafkaHop kafkaHop(int messages) {
        File libs = home.resolve(".talenta/kafka/libs").toFile();
        if (!libs.isDirectory()) {
            throw new IllegalStateException("no Kafka jars in " + libs + " (run ./talenta up first)");
        }
        List<String> cmd = List.of(
                "java",
                "-Xmx256m",
                "-cp",
                libs.getPath() + "/*",
                "org.apache.kafka.tools.EndToEndLatency",
                "127.0.0.1:9092",
                "bench.latency",
                Integer.toString(messages),
                "all",
                "512");
        Shell.Result r = Shell.run(Duration.ofMinutes(5), null, cmd).require();
        double avg =
                r.find("Avg latency: ([0-9.]+) ms").map(Double::parseDouble).orElse(Double.NaN);
        double p50 = r.find("50th = ([0-9.]+)").map(Double::parseDouble).orElse(Double.NaN);
        double p99 = r.find("99th = ([0-9.]+)").map(Double::parseDouble).orElse(Double.NaN);
        double p999 = r.find("99.9th = ([0-9.]+)").map(Double::parseDouble).orElse(Double.NaN);
        if (Double.isNaN(avg) && Double.isNaN(p50)) {
            throw new IllegalStateException("unexpected EndToEndLatency output: " + r.out() + r.err());
        }
        String raw = (r.out()
                        .lines()
                        .filter(l -> l.contains("latency") || l.contains("Percentiles"))
                        .reduce((a, b) -> a + "; " + b)
                        .orElse(""))
                .strip();
        return new KafkaHop(avg, p50, p99, p999, messages, raw);
    }

    /** psql \copy of a CSV file (with header) into a fresh plain table of text columns. */
    Copy copy(Path csv, List<String> columns, long rows) {
        ensureDatabase();
        StringBuilder ddl = new StringBuilder("drop table if exists siasn_copy; create table siasn_copy (");
        for (int i = 0; i < columns.size(); i++) {
            ddl.append(i == 0 ? "" : ", ").append('"').append(columns.get(i)).append("\" text");
        }
        ddl.append(')');
        psql(DB, ddl.toString());
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1"));
        cmd.addAll(CONN);
        cmd.addAll(List.of(
                "-d",
                DB,
                "-c",
                "\\copy siasn_copy from '" + csv.toAbsolutePath() + "' with (format csv, header true)"));
        Shell.Result r = Shell.run(Duration.ofMinutes(10), null, cmd).require();
        String count = psql(DB, "select count(*) from siasn_copy").out().strip();
        if (Long.parseLong(count) != rows) {
            throw new IllegalStateException("COPY loaded " + count + " rows, expected " + rows);
        }
        psql(DB, "drop table siasn_copy");
        return new Copy(rows, r.seconds(), rows / r.seconds());
    }

    static final List<String> SERVICE_DATABASES =
            List.of("talenta_participant", "talenta_assessment", "talenta_profile", "talenta_talent");

    /**
     * ANALYZE of the four service databases (what autovacuum does after bulk writes; on a server with autovacuum off,
     * never-analysed tables get plans for empty tables, e.g. sequential scans under a 20-row join). Returns seconds.
     */
    static double analyzeServiceDatabases() {
        long t = System.nanoTime();
        for (String db : SERVICE_DATABASES) {
            psql(db, "analyze");
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Settings of the server that matter to these figures. */
    static String settings() {
        return psql(
                        "postgres",
                        "select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings "
                                + "where name in ('autovacuum', 'shared_buffers', 'synchronous_commit', 'max_connections', 'fsync', "
                                + "'work_mem', 'max_wal_size')")
                .out()
                .strip();
    }

    static Shell.Result psql(String db, String sql) {
        List<String> cmd = new ArrayList<>(List.of("psql", "-X", "-At", "-v", "ON_ERROR_STOP=1"));
        cmd.addAll(CONN);
        cmd.addAll(List.of("-d", db, "-c", sql));
        return Shell.run(Duration.ofMinutes(2), null, cmd).require();
    }
}
