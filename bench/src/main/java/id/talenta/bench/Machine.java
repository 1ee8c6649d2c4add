package id.talenta.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine a run measured, and what each running service costs: resident memory and startup time. */
final class Machine {

    static final List<String> SERVICES =
            List.of("participant-service", "assessment-service", "profile-service", "talent-pool-service");

    private Machine() {}

    static ObjectNode describe(Path home) {
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("nproc", Runtime.getRuntime().availableProcessors());
        n.put("memoryGiB", Report.round(meminfoKb("MemTotal") / 1024.0 / 1024.0, 1));
        n.put("cpu", firstMatch(Path.of("/proc/cpuinfo"), "model name\\s*:\\s*(.+)"));
        Shell.Result java = Shell.run(Duration.ofSeconds(30), null, List.of("java", "-version"));
        n.put(
                "java",
                java.err().lines().findFirst().orElse("?").strip() + " / "
                        + java.err().lines().skip(2).findFirst().orElse("").strip());
        try {
            n.put(
                    "postgresql",
                    Baselines.psql("postgres", "show server_version").out().strip());
            n.put("postgresqlSettings", Baselines.settings());
        } catch (RuntimeException e) {
            n.put("postgresql", "unknown: " + e.getMessage());
        }
        String kafka = "unknown";
        File[] jars = home.resolve(".talenta/kafka/libs")
                .toFile()
                .listFiles((d, name) -> name.matches("kafka_2\\.13-.*\\.jar"));
        if (jars != null && jars.length > 0) {
            Matcher m = Pattern.compile("kafka_2\\.13-(.+)\\.jar").matcher(jars[0].getName());
            if (m.matches()) {
                kafka = m.group(1) + " (KRaft, single broker)";
            }
        }
        n.put("kafka", kafka);
        n.put("kernel", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        return n;
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static long meminfoKb(String key) {
        String v = firstMatch(Path.of("/proc/meminfo"), key + ":\\s*(\\d+)");
        return v == null ? 0 : Long.parseLong(v);
    }

    /** VmRSS in MiB of the service's process (pid file written by ./talenta), or -1. */
    static double rssMiB(Path home, String service) {
        Long pid = pid(home, service);
        if (pid == null) {
            return -1;
        }
        String kb = firstMatch(Path.of("/proc/" + pid + "/status"), "VmRSS:\\s*(\\d+)");
        return kb == null ? -1 : Long.parseLong(kb) / 1024.0;
    }

    static Long pid(Path home, String service) {
        try {
            String s = Files.readString(home.resolve(".talenta/pids/" + service + ".pid"))
                    .replaceAll("\\D", "");
            return s.isEmpty() ? null : Long.parseLong(s);
        } catch (IOException e) {
            return null;
        }
    }

    /** The last "started in X.XXXs" of the service's log, in seconds, or NaN. */
    static double startupSeconds(Path home, String service) {
        Path log = home.resolve(".talenta/logs/" + service + ".log");
        try {
            if (!Files.exists(log)) {
                return Double.NaN;
            }
            double found = Double.NaN;
            Pattern p = Pattern.compile("started in ([0-9.]+)s");
            try (var lines = Files.lines(log, java.nio.charset.StandardCharsets.ISO_8859_1)) {
                for (String line : (Iterable<String>) lines::iterator) {
                    Matcher m = p.matcher(line);
                    if (m.find()) {
                        found = Double.parseDouble(m.group(1));
                    }
                }
            }
            return found;
        } catch (IOException | java.io.UncheckedIOException e) {
            return Double.NaN;
        }
    }

    private static String firstMatch(Path file, String regex) {
        try {
            Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(Files.readString(file));
            return m.find() ? m.group(1).strip() : null;
        } catch (IOException e) {
            return null;
        }
    }
}
