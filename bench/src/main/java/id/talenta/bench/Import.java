package id.talenta.bench;

import static id.talenta.e2e.client.Platform.Service.PARTICIPANT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.e2e.client.Platform;
import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generated SIASN-style CSV (the national ASN system's export column names) through the import API, timed from
 * the first byte sent until the job reports COMPLETED; the same file loaded by psql {@code \copy} into a plain
 * table is the baseline.
 */
final class Import {

    static final List<String> COLUMNS = List.of(
            "nipBaru",
            "nama",
            "gelarDepan",
            "gelarBelakang",
            "tglLahir",
            "golRuangAkhirId",
            "eselonId",
            "jenisJabatanId",
            "jabatanFungsional",
            "jabatanNama",
            "unorId");
    static final int UNITS = 100;
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String[] FUNCTIONAL = {
        "Analis Kebijakan Ahli Muda",
        "Analis Kebijakan Ahli Pertama",
        "Pranata Komputer Terampil",
        "Pranata Komputer Mahir",
        "Auditor Ahli Madya",
        "Perencana Ahli Muda",
        "Arsiparis Penyelia",
        "Guru Ahli Pertama",
        "Perawat Terampil",
        "Pengelola Pengadaan Barang/Jasa Ahli Muda"
    };
    private static final String[] GENERAL = {
        "Pengadministrasi Umum",
        "Pengolah Data",
        "Pengelola Keuangan",
        "Pengadministrasi Kepegawaian",
        "Pranata Kearsipan",
        "Pengemudi",
        "Pengelola Barang Milik Negara"
    };
    private static final String[] DEGREES = {
        "", "", "S.E.", "S.H.", "S.Kom.", "S.Sos.", "M.Si.", "S.T.", "A.Md.", "S.Pd."
    };
    private static final String[] RANKS = {"21", "22", "23", "24", "31", "32", "33", "34", "41", "42", "43"};

    private final Platform api;
    private final Path home;

    Import(Platform api, Path home) {
        this.api = api;
        this.home = home;
    }

    static String unit(int i) {
        return String.format("BENCH-IMP-%03d", i);
    }

    void ensureUnits() {
        api.post(PARTICIPANT, "/api/v1/agencies", "admin", Map.of("code", Bench.AGENCY, "name", "Benchmark"))
                .expect(201, 409);
        api.post(
                        PARTICIPANT,
                        "/api/v1/units",
                        "hr-officer",
                        Map.of("code", "BENCH-IMP", "name", "Benchmark import", "agencyCode", Bench.AGENCY))
                .expect(201, 409);
        for (int i = 0; i < UNITS; i++) {
            api.post(
                            PARTICIPANT,
                            "/api/v1/units",
                            "hr-officer",
                            Map.of("code", unit(i), "name", "Unit impor " + i, "parentCode", "BENCH-IMP"))
                    .expect(201, 409);
        }
    }

    /** Writes {@code rows} valid SIASN rows with fresh NIPs; about 70 % general staff, 22 % functional, 8 % echelon. */
    Path generate(int rows, int run) throws IOException {
        Path dir = home.resolve("bench/target");
        Files.createDirectories(dir);
        Path file = dir.resolve("siasn-" + rows + ".csv");
        Nips nips = Nips.imports(run);
        SplittableRandom random = new SplittableRandom(run);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS));
            w.write('\n');
            StringBuilder b = new StringBuilder(200);
            for (int i = 0; i < rows; i++) {
                Nips.Nip nip = nips.next();
                int kind = random.nextInt(100);
                String eselon = "";
                String jenis;
                String functional = "";
                String position;
                if (kind < 70) {
                    jenis = "4";
                    position = GENERAL[random.nextInt(GENERAL.length)];
                } else if (kind < 92) {
                    jenis = "2";
                    functional = FUNCTIONAL[random.nextInt(FUNCTIONAL.length)];
                    position = functional;
                } else {
                    jenis = "1";
                    boolean admin = kind >= 98;
                    eselon = admin ? "31" : "41";
                    position = admin ? "Kepala Bagian Umum" : "Kepala Seksi Pelayanan";
                }
                b.setLength(0);
                b.append(nip.value())
                        .append(',')
                        .append(Names.name(i))
                        .append(',')
                        .append(random.nextInt(20) == 0 ? "Dr." : "")
                        .append(',')
                        .append(DEGREES[random.nextInt(DEGREES.length)])
                        .append(',')
                        .append(DMY.format(nip.birthDate()))
                        .append(',')
                        .append(RANKS[random.nextInt(RANKS.length)])
                        .append(',')
                        .append(eselon)
                        .append(',')
                        .append(jenis)
                        .append(',')
                        .append(functional)
                        .append(',')
                        .append(position)
                        .append(',')
                        .append(unit(random.nextInt(UNITS)))
                        .append('\n');
                w.append(b);
            }
        }
        return file;
    }

    /** Uploads the file and polls the job until COMPLETED. */
    ObjectNode viaApi(Path file, int rows) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(
                HttpRequest.newBuilder(URI.create(api.url(PARTICIPANT, "/api/v1/participant-imports?mode=UPSERT")))
                        .header("Authorization", "Bearer " + api.tokens().forRole("hr-officer"))
                        .header("Content-Type", "text/csv")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofFile(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        long accepted = System.nanoTime();
        if (r.statusCode() != 202) {
            throw new IllegalStateException(
                    "import upload answered HTTP " + r.statusCode() + ": " + Flow.abbreviate(r.body()));
        }
        String id = Report.JSON.readTree(r.body()).get("id").asText();
        JsonNode job;
        long deadline = System.nanoTime() + Duration.ofMinutes(40).toNanos();
        long lastPrint = System.nanoTime();
        while (true) {
            job = api.get(PARTICIPANT, "/api/v1/participant-imports/" + id, "hr-officer")
                    .expect(200)
                    .body();
            String status = job.path("status").asText();
            if ("COMPLETED".equals(status) || "FAILED".equals(status)) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("import job " + id + " not done after 40 minutes: " + job);
            }
            if (System.nanoTime() - lastPrint > 10_000_000_000L) {
                System.out.printf(
                        "    import: %,d of ~%,d rows processed%n",
                        job.path("processedRows").asLong(),
                        job.path("totalRows").asLong());
                lastPrint = System.nanoTime();
            }
            ReadinessWatcher.sleep(100);
        }
        long done = System.nanoTime();
        double seconds = (done - t0) / 1e9;
        ObjectNode n = Report.JSON.createObjectNode();
        n.put("rows", rows);
        n.put("fileBytes", Files.size(file));
        n.put("jobId", id);
        n.put("status", job.path("status").asText());
        n.put("created", job.path("created").asLong());
        n.put("updated", job.path("updated").asLong());
        n.put("unchanged", job.path("unchanged").asLong());
        n.put("rejected", job.path("rejected").asLong());
        n.put("secondsUploadToCompleted", Report.round(seconds, 3));
        n.put("secondsUpload", Report.round((accepted - t0) / 1e9, 3));
        if (job.hasNonNull("createdAt") && job.hasNonNull("finishedAt")) {
            double server = Duration.between(
                                    Instant.parse(job.get("createdAt").asText()),
                                    Instant.parse(job.get("finishedAt").asText()))
                            .toMillis()
                    / 1000.0;
            n.put("secondsServerJob", Report.round(server, 3));
        }
        n.put("rowsPerSecond", Report.round(rows / seconds, 1));
        if (!"COMPLETED".equals(job.path("status").asText())) {
            n.put("failureReason", job.path("failureReason").asText());
        }
        return n;
    }
}
