package id.talenta.participant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import id.talenta.chassis.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unique test data and small REST helpers shared by the @QuarkusTest classes. */
public final class Fixtures {

    public static final String HR = TestTokens.forRole("hr-officer");
    public static final String INTEGRATION = TestTokens.forRole("integration");
    private static final AtomicInteger SEQ = new AtomicInteger();

    private Fixtures() {}

    /** A fresh valid NIP: distinct birth date and sequence per call; appointed at 25. */
    public static String nip() {
        int n = SEQ.incrementAndGet();
        LocalDate birth = LocalDate.of(1970, 1, 1)
                .plusDays(n / 900 + (ProcessHandle.current().pid() % 50) * 40L);
        int sequence = n % 900 + 1;
        LocalDate cpns = birth.plusYears(25);
        return String.format(
                "%04d%02d%02d%04d%02d%d%03d",
                birth.getYear(),
                birth.getMonthValue(),
                birth.getDayOfMonth(),
                cpns.getYear(),
                cpns.getMonthValue(),
                n % 2 + 1,
                sequence);
    }

    /** The agency the tests' root units belong to (registered once; 409 when an earlier run did). */
    public static final String AGENCY = "TEST-AGENCY";

    public static String agency() {
        given().auth()
                .oauth2(id.talenta.chassis.testing.TestTokens.forRole("admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("code", AGENCY, "name", "Instansi uji"))
                .post("/api/v1/agencies")
                .then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(201), org.hamcrest.Matchers.is(409)));
        return AGENCY;
    }

    /** A root unit of {@link #AGENCY}. */
    public static String unit() {
        String code = "U-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000;
        given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Unit " + code, "agencyCode", agency()))
                .post("/api/v1/units")
                .then()
                .statusCode(201);
        return code;
    }

    public static Map<String, Object> participant(String nip, String unit) {
        return Map.of(
                "nip",
                nip,
                "fullName",
                "Siti Rahmawati " + nip.substring(14),
                "employmentType",
                "PNS",
                "rank",
                "III/c",
                "positionTitle",
                "Analis SDM",
                "jobLevel",
                "ADMINISTRATOR",
                "unitCode",
                unit);
    }

    public static String register(String nip, String unit) {
        return given().auth()
                .oauth2(HR)
                .contentType(ContentType.JSON)
                .body(participant(nip, unit))
                .post("/api/v1/participants")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Waits until the job leaves QUEUED/RUNNING and returns its final representation. */
    public static ValidatableResponse awaitJob(String location) {
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    String status = given().auth()
                            .oauth2(HR)
                            .get(location)
                            .then()
                            .statusCode(200)
                            .extract()
                            .path("status");
                    return status.equals("COMPLETED") || status.equals("FAILED");
                });
        return given().auth().oauth2(HR).get(location).then().statusCode(200);
    }
}
