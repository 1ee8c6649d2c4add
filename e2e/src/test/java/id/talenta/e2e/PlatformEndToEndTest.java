package id.talenta.e2e;

import static id.talenta.e2e.client.Platform.Service.ASSESSMENT;
import static id.talenta.e2e.client.Platform.Service.PARTICIPANT;
import static id.talenta.e2e.client.Platform.Service.PROFILE;
import static id.talenta.e2e.client.Platform.Service.TALENT;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.e2e.Fixture.Person;
import id.talenta.e2e.client.Platform;
import id.talenta.e2e.client.Platform.Service;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The four services as real processes on real PostgreSQL and Kafka, driven only through their
 * public HTTP APIs and observed on their public topics. Started by ./talenta test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformEndToEndTest {

    static final Duration PIPELINE = Duration.ofSeconds(90);
    static final List<String> TOPICS = List.of(
            "talenta.participants.v1", "talenta.assessment-results.v1", "talenta.profiles.v1", "talenta.talent.v1");

    static Platform api;
    static KafkaProbe everything;

    @BeforeAll
    static void connect() {
        api = Platform.local();
        everything = new KafkaProbe(TOPICS.toArray(String[]::new));
    }

    @AfterAll
    static void disconnect() {
        everything.close();
    }

    @Test
    @Order(1)
    void scoredAssessmentUpdatesSuccessionReadinessAutomatically() {
        Fixture world = new Fixture(api).withEvent();
        Person incumbent = world.register("ADMINISTRATOR", 1969);
        Person candidate = world.register("PENGAWAS", 1985);
        String position = world.keyPosition("Kepala Bidang Uji", "ADMINISTRATOR", incumbent);
        world.performance(candidate, 2024, "SANGAT_BAIK");
        try (KafkaProbe talent = new KafkaProbe("talenta.talent.v1")) {
            world.enroll(candidate);
            world.rateAll(candidate, 3.0, true);
            world.finalizeResult(candidate);

            // profile: every level 3.0 against the PENGAWAS standard (2) → JPM capped at 100
            JsonNode profile =
                    eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + candidate.id(), "talent-committee")));
            assertEquals(100.0, profile.get("jpm").asDouble());
            assertEquals("OPTIMAL", profile.get("mappingCategory").asText());
            assertEquals("PENGAWAS", profile.get("jobLevel").asText());

            // nine-box: potential TINGGI (JPM 100, all aspects 5) × performance ABOVE (SANGAT_BAIK) → box 9, in the
            // pool
            JsonNode placement =
                    eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + candidate.id(), "talent-committee"))
                            .filter(t -> t.path("box").asInt() == 9));
            assertTrue(placement.get("inTalentPool").asBoolean());

            // succession: fit against the ADMINISTRATOR standard (3) is 100, box 9 → READY_NOW, with the rule named
            JsonNode mine = eventually(() -> candidateIn(position, candidate)
                    .filter(c -> "READY_NOW".equals(c.path("readiness").asText())));
            assertEquals(100.0, mine.get("targetFit").asDouble());
            assertFalse(mine.path("explanation").asText().isBlank());
            List<ConsumerRecord<String, String>> events = talent.pollUntil(
                    seen -> seen.stream().anyMatch(r -> isReadiness(r, candidate, position, "READY_NOW")), PIPELINE);
            assertTrue(
                    events.stream().anyMatch(r -> isReadiness(r, candidate, position, "READY_NOW")),
                    "succession.readiness.changed → READY_NOW on talenta.talent.v1");
            assertTrue(events.stream()
                    .anyMatch(r -> candidate.id().equals(r.key())
                            && "talent.placement.changed".equals(KafkaProbe.header(r, "ce_type"))));
        }
    }

    @Test
    @Order(2)
    void jobLevelChangeRecomputesTheProfileAndTheReadiness() {
        Fixture world = new Fixture(api).withEvent();
        Person incumbent = world.register("ADMINISTRATOR", 1969);
        Person candidate = world.register("PENGAWAS", 1984);
        String position = world.keyPosition("Sekretaris Uji", "ADMINISTRATOR", incumbent);
        world.performance(candidate, 2024, "BAIK");
        world.enroll(candidate);
        world.rateAll(candidate, 2.5, false);
        world.finalizeResult(candidate);
        // PENGAWAS: JPM 100 → TINGGI × MEETS → box 8; fit vs ADMINISTRATOR 2.5/3 = 83.33 → READY_1_2_YEARS
        JsonNode before = eventually(() -> candidateIn(position, candidate)
                .filter(c -> "READY_1_2_YEARS".equals(c.path("readiness").asText())));
        assertEquals(83.33, before.get("targetFit").asDouble());

        JsonNode participant = api.get(PARTICIPANT, "/api/v1/participants/" + candidate.id(), "hr-officer")
                .expect(200)
                .body();
        api.patch(
                        PARTICIPANT,
                        "/api/v1/participants/" + candidate.id(),
                        "hr-officer",
                        Map.of("jobLevel", "ADMINISTRATOR", "positionTitle", "Kepala Bagian Uji"),
                        "\"" + participant.get("version").asText() + "\"")
                .expect(200);

        // the latest profile is recomputed against the ADMINISTRATOR standard: 2.5/3 = 83.33 → CUKUP_OPTIMAL
        JsonNode profile =
                eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + candidate.id(), "talent-committee"))
                        .filter(p -> "ADMINISTRATOR".equals(p.path("jobLevel").asText())));
        assertEquals(83.33, profile.get("jpm").asDouble());
        assertEquals("CUKUP_OPTIMAL", profile.get("mappingCategory").asText());
        // ... so potential falls to MENENGAH and the box to 5: readiness is no longer READY_1_2_YEARS
        JsonNode placement =
                eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + candidate.id(), "talent-committee"))
                        .filter(t -> t.path("box").asInt() == 5));
        assertFalse(placement.get("inTalentPool").asBoolean());
        eventually(() -> changesOf(candidate, position).stream()
                .filter(c -> "READY_1_2_YEARS".equals(c.path("from").asText())
                        && !"READY_1_2_YEARS".equals(c.path("to").asText()))
                .findFirst());
    }

    @Test
    @Order(3)
    void newPerformanceRatingMovesTheBox() {
        Fixture world = new Fixture(api).withEvent();
        Person p = world.register("PENGAWAS", 1986);
        world.performance(p, 2023, "BAIK");
        world.enroll(p);
        world.rateAll(p, 3.0, true);
        world.finalizeResult(p);
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> t.path("box").asInt() == 8));

        world.performance(p, 2024, "SANGAT_BAIK");

        JsonNode moved = eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> t.path("box").asInt() == 9));
        assertEquals("ABOVE", moved.get("performanceLevel").asText());
    }

    @Test
    @Order(4)
    void revisedResultReplacesTheProfile() {
        Fixture world = new Fixture(api).withEvent();
        Person p = world.register("ADMINISTRATOR", 1980);
        world.enroll(p);
        world.rateAll(p, 3.0, false);
        world.finalizeResult(p);
        eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + p.id(), "talent-committee"))
                .filter(x -> x.path("jpm").asDouble() == 100.0));

        world.revise(p, 2.0, "Integrasi ulang setelah banding peserta");

        // revision 2: every level 2.0 against the ADMINISTRATOR standard 3 → 66.67, KURANG_OPTIMAL
        JsonNode revised = eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + p.id(), "talent-committee"))
                .filter(x -> x.path("source").path("resultRevision").asInt() == 2));
        assertEquals(66.67, revised.get("jpm").asDouble());
        assertEquals("KURANG_OPTIMAL", revised.get("mappingCategory").asText());
        JsonNode history = api.get(PROFILE, "/api/v1/profiles/" + p.id() + "/history", "talent-committee")
                .expect(200)
                .body();
        JsonNode items = history.has("items") ? history.get("items") : history;
        assertEquals(2, items.size(), "one profile version per result revision");
    }

    @Test
    @Order(5)
    void deactivatedParticipantLeavesThePoolAndEveryCandidateList() {
        Fixture world = new Fixture(api).withEvent();
        Person incumbent = world.register("ADMINISTRATOR", 1970);
        Person p = world.register("PENGAWAS", 1985);
        String position = world.keyPosition("Kepala Seksi Uji", "ADMINISTRATOR", incumbent);
        world.performance(p, 2024, "SANGAT_BAIK");
        world.enroll(p);
        world.rateAll(p, 3.0, true);
        world.finalizeResult(p);
        eventually(() -> candidateIn(position, p));

        api.delete(
                        PARTICIPANT,
                        "/api/v1/participants/" + p.id() + "?reason=" + Platform.q("Pensiun dini"),
                        "hr-officer")
                .expect(200, 204);

        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> !t.path("inTalentPool").asBoolean()));
        eventually(() -> candidateIn(position, p).isEmpty() ? Optional.of(true) : Optional.empty());
        JsonNode pool = api.get(
                        TALENT, "/api/v1/talent-pool?unitCode=" + world.unitCode + "&size=500", "talent-committee")
                .expect(200)
                .body();
        for (JsonNode member : pool.get("items")) {
            assertNotEquals(p.id(), member.path("participantId").asText());
        }
    }

    @Test
    @Order(6)
    void calibrationHoldsForItsReviewPeriodKeepsTheComputedBoxAndLapsesWithTheNextSkpYear() {
        Fixture world = new Fixture(api).withEvent();
        Person p = world.register("PENGAWAS", 1987);
        world.performance(p, 2023, "BAIK");
        world.enroll(p);
        world.rateAll(p, 3.0, true);
        world.finalizeResult(p);
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> t.path("box").asInt() == 8));

        api.put(
                        TALENT,
                        "/api/v1/talents/" + p.id() + "/calibration",
                        "talent-committee",
                        Map.of("box", 6, "reason", "Hasil kalibrasi komite talenta 2025"))
                .expect(200);
        // a corrected rating for the same SKP year stays in the review period of the calibration
        world.performance(p, 2023, "SANGAT_BAIK");

        JsonNode t = eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(x -> x.path("computedBox").asInt() == 9));
        assertEquals(6, t.get("box").asInt(), "the committee's box survives the recomputation");
        assertTrue(t.get("calibrated").asBoolean());

        // the next SKP year ends the review period: the computed box applies again, the calibration stays in history
        world.performance(p, 2024, "SANGAT_BAIK");
        JsonNode lapsed = eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(x -> !x.path("calibrated").asBoolean()));
        assertEquals(9, lapsed.get("box").asInt(), "the computed box applies once the calibration lapsed");
        assertEquals(
                "LAPSED_NEWER_SKP_YEAR",
                lapsed.path("calibrations").path(0).path("endReason").asText());
        assertTrue(
                lapsed.get("explanation").asText().contains("lapsed"),
                lapsed.get("explanation").asText());
    }

    @Test
    @Order(7)
    void employeeSeesOwnPlacementButNotOthersNorCandidacy() {
        Fixture world = new Fixture(api).withEvent();
        Person me = world.register("PENGAWAS", 1988);
        Person other = world.register("PENGAWAS", 1989);
        world.performance(me, 2024, "BAIK");
        world.enroll(me);
        world.rateAll(me, 3.0, false);
        world.finalizeResult(me);
        // The talent view exists as soon as the participant is known; wait for the placement, which needs the profile.
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + me.id(), "talent-committee"))
                .filter(t -> t.path("box").isInt()));

        // The token as Keycloak issues it: employee plus offline_access, uma_authorization, default-roles-talenta.
        String myToken = api.tokens().providerEmployee(me.nip());
        JsonNode own = api.getAs(TALENT, "/api/v1/talents/" + me.id(), myToken)
                .expect(200)
                .body();
        assertFalse(own.has("readiness"), "an employee never sees successor candidacy");
        api.getAs(PROFILE, "/api/v1/profiles/" + me.id(), myToken).expect(200);
        api.getAs(PARTICIPANT, "/api/v1/participants/" + me.id(), myToken).expect(200);
        api.getAs(PARTICIPANT, "/api/v1/participants/" + other.id(), myToken).expect(404);
        api.getAs(TALENT, "/api/v1/talents/" + other.id(), myToken).expect(404);
        api.getAs(PROFILE, "/api/v1/profiles/" + other.id(), myToken).expect(404);
        api.getAs(PARTICIPANT, "/api/v1/participants/" + other.id() + "/export", myToken)
                .expect(404);
        assertEquals(
                1,
                api.getAs(PARTICIPANT, "/api/v1/participants?size=100", myToken)
                        .expect(200)
                        .body()
                        .path("totalItems")
                        .asInt(),
                "a search as an employee finds only themselves");
    }

    @Test
    @Order(8)
    void aRevisionCorrectsPotentialScoresAndTheProfileAndPlacementFollow() {
        Fixture world = new Fixture(api).withEvent();
        Person p = world.register("PENGAWAS", 1986);
        world.performance(p, 2024, "SANGAT_BAIK");
        world.enroll(p);
        world.rateAll(p, 3.0, true);
        world.finalizeResult(p);
        JsonNode first = eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + p.id(), "talent-committee")));
        double before = first.path("potential").path("score").asDouble();

        world.revisePotential(p, 1, "Skor potensi salah salin dari lembar asesor");
        JsonNode revised = eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + p.id(), "talent-committee"))
                .filter(x -> x.path("revision").asInt() == 2));
        assertTrue(
                revised.path("potential").path("score").asDouble() < before,
                "the corrected aspect scores lower the potential: " + revised.path("potential"));
        assertEquals("RESULT_REVISION", revised.path("reason").asText());
        // the talent placement follows the new potential
        String category = revised.path("potential").path("category").asText();
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> category.equals(t.path("potentialLevel").asText())));
    }

    @Test
    @Order(9)
    void aProfileThatArrivesBeforeItsParticipantIsPlacedAndProposedOnlyOnceThePersonArrives() {
        Fixture world = new Fixture(api);
        String id = java.util.UUID.randomUUID().toString();
        String nip = String.format("198001012005031%03d", 1 + (int) (Math.random() * 998));
        String position = world.keyPosition("Asisten EARLY", "JPT_PRATAMA", null);
        // profile-service's event, ahead of participant-service's (another partition, a lagging consumer): made from
        // events the run has published, so that they keep their contracts
        com.fasterxml.jackson.databind.node.ObjectNode profile = template("profile.computed");
        profile.put("profileId", java.util.UUID.randomUUID().toString())
                .put("participantId", id)
                .put("revision", 1)
                .put("nip", nip)
                .put("fullName", "Peserta Dini")
                .put("jobLevel", "AHLI_MADYA")
                .put("unitCode", world.unitCode)
                .put("reason", "ASSESSMENT")
                .put("expired", false);
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("potential"))
                .put("score", 95.0)
                .put("category", "TINGGI");
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("fitByJobLevel")).put("JPT_PRATAMA", 95.0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) profile.get("source"))
                .put("resultId", java.util.UUID.randomUUID().toString());
        KafkaProbe.send(
                "talenta.profiles.v1",
                id,
                java.util.UUID.randomUUID().toString(),
                "profile.computed",
                profile.toString());
        world.performance(new Person(id, nip), 2024, "SANGAT_BAIK");
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + id, "talent-committee"))
                .filter(t ->
                        t.path("box").asInt() == 9 && t.path("inTalentPool").asBoolean()));
        JsonNode before = api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee")
                .expect(200)
                .body();
        before.path("candidates")
                .forEach(c -> assertNotEquals(
                        id, c.path("participantId").asText(), "no candidacy while the participant is unknown"));

        com.fasterxml.jackson.databind.node.ObjectNode participant = template("participant.registered");
        participant
                .put("participantId", id)
                .put("revision", 1)
                .put("nip", nip)
                .put("fullName", "Peserta Dini")
                .put("jobLevel", "AHLI_MADYA")
                .put("unitCode", world.unitCode)
                .put("status", "ACTIVE")
                .put("retirementDate", "2040-02-01")
                .putNull("deactivationReason");
        KafkaProbe.send(
                "talenta.participants.v1",
                id,
                java.util.UUID.randomUUID().toString(),
                "participant.registered",
                participant.toString());
        JsonNode after = eventually(() -> found(
                        api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee"))
                .filter(s -> {
                    for (JsonNode c : s.path("candidates")) {
                        if (id.equals(c.path("participantId").asText())) {
                            return true;
                        }
                    }
                    return false;
                }));
        for (JsonNode c : after.path("candidates")) {
            if (id.equals(c.path("participantId").asText())) {
                assertEquals("READY_NOW", c.path("readiness").asText());
            }
        }
    }

    @Test
    @Order(10)
    void anAgencysOwnReadinessLevelsAndWidenedCandidacyApplyToTheRunningPlatform() throws Exception {
        Fixture world = new Fixture(api).withEvent();
        Person p = world.register("PENGAWAS", 1985);
        world.performance(p, 2024, "BUTUH_PERBAIKAN"); // performance BELOW
        world.enroll(p);
        world.rateAll(p, 3.0, false); // meets the standard: potential TINGGI → box 6, outside the pool
        world.finalizeResult(p);
        eventually(() -> found(api.get(TALENT, "/api/v1/talents/" + p.id(), "talent-committee"))
                .filter(t -> t.path("box").asInt() == 6));
        String position = world.keyPosition("Kepala Bagian LEVELS", "ADMINISTRATOR", null);
        api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee")
                .expect(200)
                .body()
                .path("candidates")
                .forEach(c -> assertNotEquals(
                        p.id(),
                        c.path("participantId").asText(),
                        "box 6 is outside the talent pool, the default succession group"));

        JsonNode original = api.get(TALENT, "/api/v1/policies/readiness", "admin")
                .expect(200)
                .body()
                .get("policy");
        com.fasterxml.jackson.databind.node.ObjectNode agency = original.deepCopy();
        agency.put("automaticCandidates", "ALL_ELIGIBLE");
        agency.set("levels", Platform.JSON.readTree("""
                [{"code": "SIAP", "order": 1, "label": "Siap"}, {"code": "SIAP_NANTI", "order": 2, "label": "Siap nanti"},
                 {"code": "BELUM", "order": 3, "label": "Belum siap"}]"""));
        agency.put("fallback", "BELUM");
        agency.set("rules", Platform.JSON.readTree("""
                [{"readiness": "SIAP", "boxes": [8, 9], "minTargetFit": 90},
                 {"readiness": "SIAP_NANTI", "boxes": [5, 6, 7, 8, 9], "minTargetFit": 68}]"""));
        awaitJob(api.put(TALENT, "/api/v1/policies/readiness", "admin", agency)
                .expect(202)
                .location());
        try {
            JsonNode succession = eventually(() -> found(
                            api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee"))
                    .filter(s -> candidate(s, p.id()) != null));
            assertEquals(
                    "SIAP_NANTI",
                    candidate(succession, p.id()).path("readiness").asText());
            assertTrue(
                    succession
                                    .path("benchStrength")
                                    .path("byLevel")
                                    .path("SIAP_NANTI")
                                    .asLong()
                            >= 1,
                    succession.path("benchStrength").toString());
        } finally {
            awaitJob(api.put(TALENT, "/api/v1/policies/readiness", "admin", original)
                    .expect(202)
                    .location());
        }
        JsonNode restored = api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee")
                .expect(200)
                .body();
        assertEquals(null, candidate(restored, p.id()), "back to the default succession group");
    }

    static JsonNode candidate(JsonNode succession, String participantId) {
        for (JsonNode c : succession.path("candidates")) {
            if (participantId.equals(c.path("participantId").asText())) {
                return c;
            }
        }
        return null;
    }

    @Test
    @Order(11)
    void aStaffTokenActsWithinItsScopeWhereOperationsHonourItAndIsRefusedWhereTheyDoNotYet() {
        Fixture mine = new Fixture(api);
        Fixture theirs = new Fixture(api, "E2E-OTHER");
        Person inMine = mine.register("PENGAWAS", 1985);
        Person inTheirs = theirs.register("PENGAWAS", 1986);
        String scoped = api.tokens().scoped("hr-officer", "agency:" + Fixture.AGENCY);

        api.getAs(PARTICIPANT, "/api/v1/participants/" + inMine.id(), scoped).expect(200);
        api.getAs(PARTICIPANT, "/api/v1/participants/" + inTheirs.id(), scoped).expect(404);
        assertEquals(
                Fixture.AGENCY,
                api.getAs(PARTICIPANT, "/api/v1/units/" + mine.unitCode, scoped)
                        .expect(200)
                        .body()
                        .path("agencyCode")
                        .asText());
        api.getAs(PARTICIPANT, "/api/v1/units/" + theirs.unitCode, scoped).expect(404);
        // Services whose queries do not restrict to an agency yet refuse the scope rather than serve national data.
        api.getAs(TALENT, "/api/v1/talents/" + inMine.id(), scoped).expect(403);
        api.getAs(PROFILE, "/api/v1/profiles/" + inMine.id(), scoped).expect(403);
        api.getAs(ASSESSMENT, "/api/v1/assessment-events", scoped).expect(403);

        String scopeless = api.tokens().withoutScope("hr-officer");
        for (Service s : List.of(PARTICIPANT, ASSESSMENT, PROFILE, TALENT)) {
            String path = s == PARTICIPANT
                    ? "/api/v1/participants/" + inMine.id()
                    : s == ASSESSMENT
                            ? "/api/v1/assessment-events"
                            : s == PROFILE ? "/api/v1/profiles/" + inMine.id() : "/api/v1/talents/" + inMine.id();
            assertTrue(
                    api.getAs(s, path, scopeless)
                            .expect(403)
                            .body()
                            .path("detail")
                            .asText()
                            .contains("accessScope"),
                    s + " refuses a staff token without scope");
        }
    }

    static void awaitJob(String location) {
        String path = location.substring(location.indexOf("/api/"));
        eventually(() -> found(api.get(TALENT, path, "admin"))
                .filter(j -> "COMPLETED".equals(j.path("status").asText())));
    }

    @Test
    @Order(50)
    void restartingAServiceInTheMiddleOfABurstLosesNothingAndDoublesNothing() throws Exception {
        Fixture world = new Fixture(api).withEvent();
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            Person p = world.register("PENGAWAS", 1980 + i % 10);
            world.enroll(p);
            world.rateAll(p, 2.0 + (i % 4) * 0.5, false);
            people.add(p);
        }
        try (KafkaProbe profiles = new KafkaProbe("talenta.profiles.v1")) {
            for (int i = 0; i < people.size(); i++) {
                world.finalizeResult(people.get(i));
                if (i == people.size() / 3) {
                    ServiceProcess.kill("profile-service");
                }
            }
            ServiceProcess.start();
            for (Person p : people) {
                eventually(() -> found(api.get(PROFILE, "/api/v1/profiles/" + p.id(), "talent-committee")));
            }
            List<ConsumerRecord<String, String>> seen = profiles.pollUntil(
                    s -> people.stream().allMatch(p -> s.stream().anyMatch(r -> p.id().equals(r.key()))), PIPELINE);
            for (Person p : people) {
                JsonNode history = api.get(PROFILE, "/api/v1/profiles/" + p.id() + "/history", "talent-committee")
                        .expect(200)
                        .body();
                JsonNode items = history.has("items") ? history.get("items") : history;
                assertEquals(1, items.size(), "exactly one profile version for " + p.id());
                Set<String> revisions = new java.util.HashSet<>();
                seen.stream().filter(r -> p.id().equals(r.key())).forEach(r -> revisions.add(revisionOf(r)));
                assertEquals(Set.of("1"), revisions, "one profile revision published for " + p.id());
            }
        }
    }

    @Test
    @Order(100)
    void everyEventPublishedDuringTheRunMatchesItsContract() {
        List<ConsumerRecord<String, String>> seen = everything.pollFor(Duration.ofSeconds(3));
        assertFalse(seen.isEmpty(), "the run published events");
        Set<String> types = new java.util.TreeSet<>();
        for (ConsumerRecord<String, String> r : seen) {
            String type = KafkaProbe.header(r, "ce_type");
            types.add(type);
            EventSchemas.assertValid(type, r.value());
        }
        assertTrue(
                types.containsAll(Set.of(
                        "participant.registered",
                        "participant.updated",
                        "participant.deactivated",
                        "assessment.result.finalized",
                        "profile.computed",
                        "talent.placement.changed",
                        "succession.readiness.changed")),
                "all seven event types were seen: " + types);
    }

    // ---------------------------------------------------------------------------------------------

    static Optional<JsonNode> candidateIn(String position, Person p) {
        Platform.Answer a = api.get(TALENT, "/api/v1/key-positions/" + position + "/succession", "talent-committee");
        if (!a.ok()) {
            return Optional.empty();
        }
        for (JsonNode c : a.body().path("candidates")) {
            if (p.id().equals(c.path("participantId").asText())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static List<JsonNode> changesOf(Person p, String position) {
        List<JsonNode> out = new ArrayList<>();
        String since = "0";
        while (true) {
            JsonNode feed = api.get(
                            TALENT,
                            "/api/v1/readiness-changes?since=" + Platform.q(since) + "&limit=500",
                            "talent-committee")
                    .expect(200)
                    .body();
            for (JsonNode c : feed.path("items")) {
                if (p.id().equals(c.path("participantId").asText())
                        && position.equals(c.path("keyPositionId").asText())) {
                    out.add(c);
                }
            }
            if (feed.path("items").size() < 500) {
                return out;
            }
            since = feed.path("nextSince").asText();
        }
    }

    /** The latest event of {@code type} the run has published, as a template for one of the test's own. */
    static com.fasterxml.jackson.databind.node.ObjectNode template(String type) {
        everything.pollFor(Duration.ofSeconds(1));
        List<ConsumerRecord<String, String>> seen = everything.seen();
        for (int i = seen.size() - 1; i >= 0; i--) {
            if (type.equals(KafkaProbe.header(seen.get(i), "ce_type"))) {
                try {
                    return (com.fasterxml.jackson.databind.node.ObjectNode)
                            new com.fasterxml.jackson.databind.ObjectMapper()
                                    .readTree(seen.get(i).value());
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        throw new AssertionError("the run has published no " + type + " yet");
    }

    static Optional<JsonNode> found(Platform.Answer a) {
        return a.status() == 200 ? Optional.of(a.body()) : Optional.empty();
    }

    static <T> T eventually(Supplier<Optional<T>> probe) {
        List<T> holder = new ArrayList<>(1);
        await().atMost(PIPELINE).pollInterval(Duration.ofMillis(250)).until(() -> {
            Optional<T> v = probe.get();
            v.ifPresent(x -> {
                holder.clear();
                holder.add(x);
            });
            return v.isPresent();
        });
        return holder.get(0);
    }

    static boolean isReadiness(ConsumerRecord<String, String> r, Person p, String position, String to) {
        if (!p.id().equals(r.key()) || !"succession.readiness.changed".equals(KafkaProbe.header(r, "ce_type"))) {
            return false;
        }
        try {
            JsonNode data = Platform.JSON.readTree(r.value());
            return position.equals(data.path("keyPositionId").asText())
                    && to.equals(data.path("to").asText());
        } catch (Exception e) {
            return false;
        }
    }

    static String revisionOf(ConsumerRecord<String, String> r) {
        try {
            return Platform.JSON.readTree(r.value()).path("revision").asText();
        } catch (Exception e) {
            return "unparseable";
        }
    }
}
