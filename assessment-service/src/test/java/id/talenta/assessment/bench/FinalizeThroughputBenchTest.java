package id.talenta.assessment.bench;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.talenta.assessment.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * In-process throughput of finalization over HTTP (disabled by default):
 * {@code ./mvnw -o -B -pl assessment-service test -Dtest=FinalizeThroughputBenchTest -Dbench.finalize.n=2000}.
 * Prepares n fully rated participants by SQL, then finalizes them from 16 threads with REST Assured (one
 * keep-alive connection per thread) and prints results/s.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench.finalize.n", matches = "\\d+")
class FinalizeThroughputBenchTest {

    static final int THREADS = 16;

    @Inject
    AgroalDataSource db;

    @Test
    void finalizeThroughput() throws Exception {
        int n = Integer.parseInt(System.getProperty("bench.finalize.n"));
        int rounds = Integer.parseInt(System.getProperty("bench.finalize.rounds", "1"));
        for (int round = 1; round <= rounds; round++) {
            run(n, round);
        }
    }

    void run(int n, int round) throws Exception {
        String event = Fixtures.createEvent("""
                {"title": "Bench", "organizer": "BKPSDM", "startDate": "2025-05-14",
                 "methods": ["INTERVIEW", "GROUP_DISCUSSION"],
                 "technicalCompetencies": [{"code": "PENGELOLAAN_KEUANGAN", "name": "Pengelolaan Keuangan"}],
                 "matrix": [{"method": "INTERVIEW", "competencies": ["INTEGRITAS", "PENGELOLAAN_KEUANGAN"]},
                            {"method": "GROUP_DISCUSSION", "competencies": ["INTEGRITAS", "KOMUNIKASI"]}],
                 "groups": [{"code": "ALL", "name": "Semua", "jobLevels": ["ADMINISTRATOR"], "capacity": 100000}]}""");
        Fixtures.as("hr-officer")
                .post("/api/v1/assessment-events/" + event + "/start")
                .then()
                .statusCode(200);
        String lead = Fixtures.assignedAssessor(event, true);
        List<UUID> people = prepare(UUID.fromString(event), UUID.fromString(lead), n);
        String token = Fixtures.assessorToken(lead);
        String body = "{\"finalizedBy\": \"" + lead + "\"}";

        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(pool.submit(() -> {
                RestAssuredConfig config = RestAssuredConfig.config()
                        .httpClient(HttpClientConfig.httpClientConfig().reuseHttpClientInstance());
                for (int i = next.getAndIncrement(); i < people.size(); i = next.getAndIncrement()) {
                    var response = given().config(config)
                            .auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(body)
                            .post(Fixtures.resultPath(event, people.get(i)) + "/finalize");
                    response.asByteArray(); // releases the keep-alive connection
                    int status = response.statusCode();
                    if (status != 200) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> w : workers) {
            w.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(
                "BENCH finalize round %d: %d results in %.2f s = %.0f results/s (%d threads, %d failures)%n",
                round, n, seconds, n / seconds, THREADS, failures.get());
        assertEquals(0, failures.get());
    }

    /** n replica participants, enrolled in the event, every matrix cell rated by the lead. */
    List<UUID> prepare(UUID event, UUID lead, int n) throws Exception {
        List<UUID> people = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            people.add(UUID.randomUUID());
        }
        String ids = String.join(",", people.stream().map(UUID::toString).toList());
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            exec(
                    c,
                    "insert into participant_replica (participant_id, nip, full_name, job_level, unit_code, status, revision) "
                            + "select cast(x as uuid), lpad((row_number() over ())::text, 18, '7'), 'Peserta Bench', 'ADMINISTRATOR', "
                            + "'BKPSDM', 'ACTIVE', 1 from unnest(string_to_array(?, ',')) x",
                    ids);
            exec(
                    c,
                    "insert into enrollment (event_id, participant_id, group_code) select '" + event
                            + "', cast(x as uuid), 'ALL' from unnest(string_to_array(?, ',')) x",
                    ids);
            exec(
                    c,
                    "insert into rating (event_id, participant_id, method_code, competency_code, assessor_id, level) "
                            + "select m.event_id, cast(x as uuid), m.method_code, m.competency_code, '" + lead
                            + "', 3.5 "
                            + "from unnest(string_to_array(?, ',')) x cross join event_matrix_cell m where m.event_id = '"
                            + event + "'",
                    ids);
            c.commit();
        }
        return people;
    }

    static void exec(Connection c, String sql, String ids) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, ids);
            s.executeUpdate();
        }
    }
}
