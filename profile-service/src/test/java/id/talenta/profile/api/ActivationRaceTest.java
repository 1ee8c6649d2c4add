package id.talenta.profile.api;

import static id.talenta.profile.Fixtures.newNip;
import static id.talenta.profile.Fixtures.result;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.profile.events.ResultFinalizedPayload;
import id.talenta.profile.profile.ProfileService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A result being stored while a framework version is activated: the activation waits for the writer (framework
 * lock), so the activation job sees the profile the writer stored with the old version and recomputes it.
 */
@QuarkusTest
class ActivationRaceTest {

    static final String ADMIN = TestTokens.forRole("admin");

    @Inject
    ProfileService profiles;

    @Inject
    ObjectMapper mapper;

    @Test
    void aProfileStoredWithTheOldVersionDuringAnActivationIsRecomputedByTheActivationJob() throws Exception {
        int version = draftWhereAdministratorsNeedLevel4();
        UUID late = UUID.randomUUID();
        String nip = newNip();
        ResultFinalizedPayload r = mapper.treeToValue(
                result(late, nip, UUID.randomUUID(), 1, "ADMINISTRATOR", "RACE", "3"), ResultFinalizedPayload.class);
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    profiles.onResult(r, UUID.randomUUID().toString()); // computed with version 1, not yet committed
                    stored.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            stored.await(30, TimeUnit.SECONDS);
            CompletableFuture<Response> activation = CompletableFuture.supplyAsync(
                    () -> given().auth().oauth2(ADMIN).post("/api/v1/competency-frameworks/" + version + "/activate"));
            Thread.sleep(1500); // deliberately: showing that something does NOT happen while the writer is open
            assertFalse(activation.isDone(), "the activation waits for the transaction that is storing a profile");
            release.countDown();
            writer.get(30, TimeUnit.SECONDS);
            Response accepted = activation.get(30, TimeUnit.SECONDS);
            assertEquals(202, accepted.statusCode(), accepted.asString());
            String job = accepted.header("Location");
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> "COMPLETED"
                            .equals(given().auth().oauth2(ADMIN).get(job).path("status")));

            given().auth()
                    .oauth2(ADMIN)
                    .get("/api/v1/profiles/" + late)
                    .then()
                    .statusCode(200)
                    .body("frameworkVersion", equalTo(version))
                    .body("revision", equalTo(2))
                    .body("reason", equalTo("FRAMEWORK_CHANGE"))
                    .body("jpm", equalTo(75.0f));
        } finally {
            release.countDown();
            restoreVersion1();
        }
    }

    private int draftWhereAdministratorsNeedLevel4() throws Exception {
        ObjectNode body = (ObjectNode) mapper.readTree(given().auth()
                .oauth2(ADMIN)
                .get("/api/v1/competency-frameworks/1")
                .asString());
        List.of("version", "status", "createdAt", "createdBy", "activatedAt").forEach(body::remove);
        body.put("name", "Race: administrators need level 4");
        ObjectNode administrator = (ObjectNode) body.get("standard").get("ADMINISTRATOR");
        List<String> codes = new ArrayList<>();
        administrator.fieldNames().forEachRemaining(codes::add);
        codes.forEach(code -> administrator.put(code, 4));
        return given().auth()
                .oauth2(ADMIN)
                .contentType("application/json")
                .body(body.toString())
                .post("/api/v1/competency-frameworks")
                .then()
                .statusCode(201)
                .extract()
                .path("version");
    }

    private static void restoreVersion1() {
        if ("ACTIVE"
                .equals(given().auth()
                        .oauth2(ADMIN)
                        .get("/api/v1/competency-frameworks/1")
                        .path("status"))) {
            return;
        }
        String job = given().auth()
                .oauth2(ADMIN)
                .post("/api/v1/competency-frameworks/1/activate")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        await().atMost(Duration.ofSeconds(90))
                .until(() ->
                        "COMPLETED".equals(given().auth().oauth2(ADMIN).get(job).path("status")));
    }
}
