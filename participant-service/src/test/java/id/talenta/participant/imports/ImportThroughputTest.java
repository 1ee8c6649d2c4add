package id.talenta.participant.imports;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.participant.Fixtures;
import id.talenta.participant.domain.ImportJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measures import throughput on a generated file. Off by default; run with
 * {@code ./mvnw -o -pl participant-service test -Dtest=ImportThroughputTest -Dbench.import.rows=100000}.
 * The upload is handed to the job runner directly (the HTTP upload limit of the test profile is small).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.import.rows", matches = "\\d+")
class ImportThroughputTest {

    @Inject
    ImportJobs jobs;

    @Inject
    EntityManager em;

    private ImportJob find(ImportJob job) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> {
            em.clear();
            return jobs.find(job.id).orElseThrow();
        });
    }

    /**
     * CPU consumed so far by this JVM and by the PostgreSQL backends connected to the test database, in
     * milliseconds: wall-clock rates on a shared machine say more about the neighbours than about the import.
     */
    private static long[] cpu() throws Exception {
        long jvm = ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
        long pgTicks = 0;
        try (var procs = Files.list(Path.of("/proc"))) {
            for (Path p : (Iterable<Path>) procs::iterator) {
                if (!p.getFileName().toString().matches("\\d+")) {
                    continue;
                }
                try {
                    String cmd = Files.readString(p.resolve("cmdline"));
                    if (!cmd.contains("talenta_participant_test")) {
                        continue;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    pgTicks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
                } catch (Exception gone) {
                    // the process ended meanwhile
                }
            }
        }
        return new long[] {jvm, pgTicks * 10}; // 100 ticks per second
    }

    private static void printCpu(String what, int rows, long[] before, long[] after) {
        long jvm = after[0] - before[0];
        long pg = after[1] - before[1];
        System.out.printf(
                "IMPORT BENCH CPU (%s): JVM %.2f s + PostgreSQL backends %.2f s = %.1f us per row "
                        + "=> %.0f rows per CPU-second%n",
                what, jvm / 1e3, pg / 1e3, (jvm + pg) * 1e3 / rows, rows / ((jvm + pg) / 1e3));
    }

    @Test
    void measureImportThroughput() throws Exception {
        int rows = Integer.getInteger("bench.import.rows");
        String unit = Fixtures.unit();
        Path file = Files.createTempFile("bench-", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("nip,fullName,employmentType,rank,positionTitle,jobLevel,unitCode\n");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i / 1800);
                LocalDate cpns = birth.plusYears(24);
                String nip = String.format(
                        "%04d%02d%02d%04d%02d%d%03d",
                        birth.getYear(),
                        birth.getMonthValue(),
                        birth.getDayOfMonth(),
                        cpns.getYear(),
                        cpns.getMonthValue(),
                        i % 2 + 1,
                        (i / 2) % 900 + 1);
                w.write(nip + ",Pegawai Bench " + i + ",PNS,III/b,Analis Data,"
                        + (i % 3 == 0 ? "AHLI_MUDA" : "PELAKSANA") + "," + unit + "\n");
            }
        }
        long bytes = Files.size(file);
        long[] cpu0 = cpu();
        long t0 = System.nanoTime();
        UploadSpool.Spooled spooled;
        try (InputStream in = Files.newInputStream(file)) {
            spooled = UploadSpool.spool(in, null, Long.MAX_VALUE);
        }
        long t1 = System.nanoTime();
        ImportJob job = jobs.create("IMPORT", "UPSERT", false, ImportJobs.CSV, rows, "bench");
        jobs.submitFile(job, spooled);
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    String s = find(job).status;
                    return s.equals("COMPLETED") || s.equals("FAILED");
                });
        long t2 = System.nanoTime();
        ImportJob done = find(job);
        assertEquals("COMPLETED", done.status, done.failureReason);
        assertEquals(rows, done.created);
        long[] cpu1 = cpu();
        double spoolSec = (t1 - t0) / 1e9;
        double processSec = (t2 - t1) / 1e9;
        System.out.printf(
                "%nIMPORT BENCH: %d rows (%.1f MB): spool %.2fs, process %.2fs => %.0f rows/s (process), %.0f rows/s (end to end)%n",
                rows, bytes / 1e6, spoolSec, processSec, rows / processSec, rows / (spoolSec + processSec));
        printCpu("new rows", rows, cpu0, cpu1);

        // Re-import of the same file: every row unchanged, nothing written.
        long[] cpu2 = cpu();
        long t3 = System.nanoTime();
        UploadSpool.Spooled again;
        try (InputStream in = Files.newInputStream(file)) {
            again = UploadSpool.spool(in, null, Long.MAX_VALUE);
        }
        ImportJob second = jobs.create("IMPORT", "UPSERT", false, ImportJobs.CSV, rows, "bench");
        jobs.submitFile(second, again);
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !find(second).status.equals("QUEUED")
                        && !find(second).status.equals("RUNNING"));
        double reSec = (System.nanoTime() - t3) / 1e9;
        printCpu("unchanged rows", rows, cpu2, cpu());
        assertEquals(rows, find(second).unchanged);
        System.out.printf(
                "IMPORT BENCH: re-import of the same %d rows (all unchanged): %.2fs => %.0f rows/s%n%n",
                rows, reSec, rows / reSec);
        Files.deleteIfExists(file);
        given().when().get("/q/health/live").then().statusCode(200);
    }
}
