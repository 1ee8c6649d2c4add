package id.talenta.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the machine's CPU went during a phase: the CPU time (user + system, from /proc) of each service, the Kafka
 * broker, all PostgreSQL processes together, this harness, and the rest of the machine. On a 2-core machine
 * running everything, throughput is total CPU divided by CPU per result, so this is the profile that says which
 * component to make cheaper.
 */
final class CpuAccount {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ; 100 on Linux). */
    private static final double HZ = 100.0;

    private final Map<String, Double> start;
    private final double machineStart;
    private final Path home;

    private CpuAccount(Path home) {
        this.home = home;
        this.start = components(home);
        this.machineStart = machineSeconds();
    }

    static CpuAccount start(Path home) {
        return new CpuAccount(home);
    }

    /** CPU seconds per component since the start, the machine total, and ms per unit of work. */
    ObjectNode stop(long units) {
        Map<String, Double> end = components(home);
        double machine = machineSeconds() - machineStart;
        ObjectNode n = Report.JSON.createObjectNode();
        ObjectNode seconds = n.putObject("cpuSeconds");
        ObjectNode perUnit = n.putObject("cpuMsPerResult");
        double accounted = 0;
        for (Map.Entry<String, Double> e : end.entrySet()) {
            double used = Math.max(0, e.getValue() - start.getOrDefault(e.getKey(), 0.0));
            accounted += used;
            seconds.put(e.getKey(), Report.round(used, 2));
            perUnit.put(e.getKey(), units == 0 ? 0 : Report.round(used * 1000 / units, 3));
        }
        double rest = Math.max(0, machine - accounted);
        seconds.put("rest of the machine", Report.round(rest, 2));
        perUnit.put("rest of the machine", units == 0 ? 0 : Report.round(rest * 1000 / units, 3));
        n.put("machineCpuSeconds", Report.round(machine, 2));
        n.put("machineCpuMsPerResult", units == 0 ? 0 : Report.round(machine * 1000 / units, 3));
        return n;
    }

    /** A one-line summary, largest first: "profile-service 3.1 ms, postgres 2.9 ms, ...". */
    static String summary(ObjectNode n) {
        StringBuilder s = new StringBuilder();
        var fields = new java.util.ArrayList<Map.Entry<String, Double>>();
        n.path("cpuMsPerResult")
                .fields()
                .forEachRemaining(
                        e -> fields.add(Map.entry(e.getKey(), e.getValue().asDouble())));
        fields.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
        for (Map.Entry<String, Double> e : fields) {
            s.append(s.length() == 0 ? "" : ", ")
                    .append(e.getKey())
                    .append(' ')
                    .append(Report.num(e.getValue()))
                    .append(" ms");
        }
        return s.toString();
    }

    private static Map<String, Double> components(Path home) {
        Map<String, Double> c = new LinkedHashMap<>();
        for (String s : Machine.SERVICES) {
            Long pid = Machine.pid(home, s);
            c.put(s, pid == null ? 0 : processSeconds(pid));
        }
        Long kafka = Machine.pid(home, "kafka");
        c.put("kafka", kafka == null ? 0 : processSeconds(kafka));
        double postgres = 0;
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(
                Path.of("/proc"), p -> p.getFileName().toString().matches("\\d+"))) {
            for (Path p : procs) {
                try {
                    if (Files.readString(p.resolve("comm")).strip().startsWith("postgres")) {
                        postgres +=
                                processSeconds(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile (a finished backend's time is lost: a small undercount)
                }
            }
        } catch (IOException e) {
            postgres = 0;
        }
        c.put("postgresql", postgres);
        c.put("benchmark harness", processSeconds(ProcessHandle.current().pid()));
        return c;
    }

    /** utime + stime of a process, in seconds (0 when it is gone). */
    static double processSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(0) ppid(1) ... utime(11) stime(12)
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / HZ;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Busy CPU seconds of the whole machine (all cores) from /proc/stat. */
    static double machineSeconds() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long busy = Long.parseLong(f[1])
                    + Long.parseLong(f[2])
                    + Long.parseLong(f[3])
                    + Long.parseLong(f[6])
                    + Long.parseLong(f[7])
                    + (f.length > 8 ? Long.parseLong(f[8]) : 0);
            return busy / HZ;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
