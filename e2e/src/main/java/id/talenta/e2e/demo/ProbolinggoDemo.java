package id.talenta.e2e.demo;

import static id.talenta.e2e.client.Platform.Service.ASSESSMENT;
import static id.talenta.e2e.client.Platform.Service.PARTICIPANT;
import static id.talenta.e2e.client.Platform.Service.PROFILE;
import static id.talenta.e2e.client.Platform.Service.TALENT;
import static id.talenta.e2e.client.Platform.q;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.e2e.client.Platform;
import id.talenta.e2e.client.Platform.Answer;
import id.talenta.e2e.demo.ProbolinggoScenario.Person;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Loads the Probolinggo 2025 assessment through the public HTTP APIs only, as a real client would
 * (tokens from the development key), lets the platform do the rest, waits until the pipeline has
 * settled, and prints a summary a person can read. Running it again changes nothing.
 */
public final class ProbolinggoDemo {

    private final Platform api;
    private final ProbolinggoScenario scenario = new ProbolinggoScenario();
    private final Map<String, String> idByKey = new HashMap<>();
    private final Map<String, String> assessorIds = new LinkedHashMap<>();
    private String leadAssessorId;
    private String eventId;

    public ProbolinggoDemo(Platform api) {
        this.api = api;
    }

    public static void main(String[] args) {
        long started = System.currentTimeMillis();
        ProbolinggoDemo demo = new ProbolinggoDemo(Platform.local());
        demo.load();
        demo.awaitSettled();
        demo.printSummary();
        System.out.printf("%ndemo ready in %.1f s%n", (System.currentTimeMillis() - started) / 1000.0);
    }

    public ProbolinggoScenario scenario() {
        return scenario;
    }

    public Map<String, String> participantIds() {
        return idByKey;
    }

    public void load() {
        step("agencies and organisation units", this::loadUnits);
        step("participants (" + scenario.people().size() + ")", this::loadParticipants);
        step("assessors", this::loadAssessors);
        step("assessment event of " + ProbolinggoScenario.EVENT_DATE, this::loadEvent);
        step("enrollment in three groups", this::enroll);
        step("ratings for every cell, potential for some", this::rate);
        step("finalized results", this::finalizeAll);
        step(ProbolinggoScenario.PERFORMANCE_YEAR + " performance ratings", this::loadPerformance);
        step("key positions", this::loadKeyPositions);
    }

    private void loadUnits() {
        Map<String, String> agencyOfRoot = new LinkedHashMap<>();
        for (ProbolinggoScenario.Agency a : ProbolinggoScenario.AGENCIES) {
            api.post(PARTICIPANT, "/api/v1/agencies", "admin", Map.of("code", a.code(), "name", a.name()))
                    .expect(201, 409);
            agencyOfRoot.put(a.rootUnit(), a.code());
        }
        for (ProbolinggoScenario.Unit u : ProbolinggoScenario.UNITS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("code", u.code());
            body.put("name", u.name());
            body.put("parentCode", u.parentCode());
            if (u.parentCode() == null) {
                body.put("agencyCode", agencyOfRoot.get(u.code()));
            }
            api.post(PARTICIPANT, "/api/v1/units", "hr-officer", body).expect(201, 409);
        }
    }

    private void loadParticipants() {
        for (Person p : scenario.people()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nip", p.nip());
            body.put("fullName", p.fullName());
            body.put("employmentType", "PNS");
            body.put("rank", p.rank());
            body.put("positionTitle", p.positionTitle());
            body.put("jobLevel", p.jobLevel());
            body.put("unitCode", p.unitCode());
            body.put("frontTitle", p.frontTitle());
            body.put("backTitle", p.backTitle());
            Answer a = api.post(PARTICIPANT, "/api/v1/participants", "hr-officer", body)
                    .expect(201, 409);
            if (a.status() == 409) {
                a = api.get(PARTICIPANT, "/api/v1/participants/nip/" + p.nip(), "hr-officer")
                        .expect(200);
            }
            idByKey.put(p.key(), a.body().get("id").asText());
        }
    }

    private void loadAssessors() {
        JsonNode existing = api.get(ASSESSMENT, "/api/v1/assessors?size=500", "hr-officer")
                .expect(200)
                .body();
        for (ProbolinggoScenario.Assessor a : ProbolinggoScenario.ASSESSORS) {
            String id = null;
            for (JsonNode n : items(existing)) {
                if (a.certificateNumber().equals(n.path("certificateNumber").asText())) {
                    id = n.get("id").asText();
                }
            }
            if (id == null) {
                id = api.post(
                                ASSESSMENT,
                                "/api/v1/assessors",
                                "hr-officer",
                                Map.of(
                                        "name",
                                        a.name(),
                                        "certificateNumber",
                                        a.certificateNumber(),
                                        "institution",
                                        a.institution()))
                        .expect(201)
                        .body()
                        .get("id")
                        .asText();
            }
            assessorIds.put(a.certificateNumber(), id);
            if (a.lead()) {
                leadAssessorId = id;
            }
        }
    }

    private void loadEvent() {
        JsonNode events = api.get(ASSESSMENT, "/api/v1/assessment-events?size=500", "hr-officer")
                .expect(200)
                .body();
        for (JsonNode e : items(events)) {
            if (ProbolinggoScenario.EVENT_TITLE.equals(e.path("title").asText())) {
                eventId = e.get("id").asText();
            }
        }
        if (eventId == null) {
            List<Map<String, Object>> matrix = new ArrayList<>();
            ProbolinggoScenario.MATRIX.forEach(
                    (method, comps) -> matrix.add(Map.of("method", method, "competencies", comps)));
            List<Map<String, Object>> groups = new ArrayList<>();
            for (ProbolinggoScenario.Group g : ProbolinggoScenario.GROUPS) {
                groups.add(Map.of(
                        "code", g.code(), "name", g.name(), "jobLevels", g.jobLevels(), "capacity", g.capacity()));
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", ProbolinggoScenario.EVENT_TITLE);
            body.put("organizer", "BKPSDM Kabupaten Probolinggo");
            body.put("assessorInstitution", ProbolinggoScenario.INSTITUTION());
            body.put("venue", "Auditorium Madakaripura");
            body.put("startDate", ProbolinggoScenario.EVENT_DATE.toString());
            body.put("endDate", ProbolinggoScenario.EVENT_DATE.toString());
            body.put("methods", List.copyOf(ProbolinggoScenario.MATRIX.keySet()));
            body.put("matrix", matrix);
            body.put("groups", groups);
            eventId = api.post(ASSESSMENT, "/api/v1/assessment-events", "hr-officer", body)
                    .expect(201)
                    .body()
                    .get("id")
                    .asText();
        }
        for (ProbolinggoScenario.Assessor a : ProbolinggoScenario.ASSESSORS) {
            api.post(
                            ASSESSMENT,
                            "/api/v1/assessment-events/" + eventId + "/assessors",
                            "hr-officer",
                            Map.of("assessorId", assessorIds.get(a.certificateNumber()), "lead", a.lead()))
                    .expect(200, 201, 409);
        }
        api.post(ASSESSMENT, "/api/v1/assessment-events/" + eventId + "/start", "hr-officer", Map.of())
                .expect(200, 409);
    }

    private void enroll() {
        for (ProbolinggoScenario.Group g : ProbolinggoScenario.GROUPS) {
            List<String> ids = scenario.assessed().stream()
                    .filter(p -> g.code().equals(p.group()))
                    .map(p -> idByKey.get(p.key()))
                    .toList();
            List<String> pending = new ArrayList<>(ids);
            long deadline = System.currentTimeMillis() + 120_000;
            // The assessment service knows participants from its replica, fed by Kafka: retry the ones
            // it has not seen yet instead of assuming the replica is instantly up to date.
            while (!pending.isEmpty()) {
                JsonNode result = api.post(
                                ASSESSMENT,
                                "/api/v1/assessment-events/" + eventId + "/enrollments",
                                "hr-officer",
                                Map.of("groupCode", g.code(), "participantIds", pending))
                        .expect(200)
                        .body();
                List<String> retry = new ArrayList<>();
                for (JsonNode item : result.get("items")) {
                    String reason = item.path("reason").asText("");
                    if ("REJECTED".equals(item.path("status").asText()) && !"ALREADY_ENROLLED".equals(reason)) {
                        if (!"UNKNOWN_PARTICIPANT".equals(reason)) {
                            throw new IllegalStateException("enrollment of " + item + " rejected: " + reason);
                        }
                        retry.add(item.get("participantId").asText());
                    }
                }
                pending = retry;
                if (!pending.isEmpty()) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException(
                                pending.size() + " participants never reached the assessment service");
                    }
                    sleep(500);
                }
            }
        }
    }

    private void rate() {
        List<String> assessors = new ArrayList<>(assessorIds.values());
        int i = 0;
        for (Person p : scenario.assessed()) {
            String pid = idByKey.get(p.key());
            if (isFinalized(pid)) {
                continue;
            }
            for (Map.Entry<String, List<String>> m : ProbolinggoScenario.MATRIX.entrySet()) {
                List<Map<String, Object>> ratings = new ArrayList<>();
                for (String c : m.getValue()) {
                    ratings.add(Map.of(
                            "competency",
                            c,
                            "level",
                            scenario.rating(p, m.getKey(), c),
                            "evidence",
                            "Observed in " + m.getKey().toLowerCase().replace('_', ' ')));
                }
                String assessor = assessors.get(i++ % assessors.size());
                api.send(
                                ASSESSMENT,
                                "PUT",
                                resultPath(pid).replace("/result", "/ratings/" + m.getKey()),
                                api.tokens().assessor(assessor),
                                Map.of("assessorId", assessor, "ratings", ratings),
                                "application/json")
                        .expect(200);
            }
            if (p.hasPotential()) {
                List<Map<String, Object>> aspects = new ArrayList<>();
                for (String aspect : ProbolinggoScenario.POTENTIAL_ASPECTS) {
                    aspects.add(Map.of("aspect", aspect, "score", scenario.potentialScore(p, aspect)));
                }
                api.send(
                                ASSESSMENT,
                                "PUT",
                                resultPath(pid).replace("/result", "/potential"),
                                api.tokens().assessor(leadAssessorId),
                                Map.of("assessorId", leadAssessorId, "aspects", aspects),
                                "application/json")
                        .expect(200);
            }
        }
    }

    private boolean isFinalized(String participantId) {
        Answer a = api.get(ASSESSMENT, resultPath(participantId), "assessor");
        return a.status() == 200 && "FINALIZED".equals(a.body().path("status").asText());
    }

    private void finalizeAll() {
        for (Person p : scenario.assessed()) {
            api.send(
                            ASSESSMENT,
                            "POST",
                            resultPath(idByKey.get(p.key())) + "/finalize",
                            api.tokens().assessor(leadAssessorId),
                            Map.of("finalizedBy", leadAssessorId),
                            "application/json")
                    .expect(200, 409);
        }
    }

    private void loadPerformance() {
        for (Person p : scenario.people()) {
            String path =
                    "/api/v1/performance-ratings/" + idByKey.get(p.key()) + "/" + ProbolinggoScenario.PERFORMANCE_YEAR;
            Map<String, Object> body =
                    Map.of("rating", p.performance(), "source", "SKP " + ProbolinggoScenario.PERFORMANCE_YEAR);
            long deadline = System.currentTimeMillis() + 120_000;
            Answer a = api.put(TALENT, path, "hr-officer", body);
            while ((a.status() == 404 || a.status() == 422) && System.currentTimeMillis() < deadline) {
                sleep(500); // the talent-pool replica has not seen this participant yet
                a = api.put(TALENT, path, "hr-officer", body);
            }
            a.expect(200, 201);
        }
    }

    private void loadKeyPositions() {
        JsonNode existing = api.get(TALENT, "/api/v1/key-positions?size=500", "talent-committee")
                .expect(200)
                .body();
        for (ProbolinggoScenario.KeyPosition k : scenario.keyPositions()) {
            boolean present = false;
            for (JsonNode n : items(existing)) {
                present |= k.title().equals(n.path("title").asText());
            }
            if (!present) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("title", k.title());
                body.put("jobLevel", k.jobLevel());
                body.put("unitCode", k.unitCode());
                body.put("incumbentParticipantId", idByKey.get(k.incumbentKey()));
                body.put("criticality", k.criticality());
                api.post(TALENT, "/api/v1/key-positions", "talent-committee", body)
                        .expect(201);
            }
        }
    }

    /** Waits until every assessed person has a profile and a placement and readiness stops changing. */
    public void awaitSettled() {
        int expected = scenario.assessed().size();
        long deadline = System.currentTimeMillis() + 300_000;
        System.out.print("==> waiting for the platform to settle ");
        String since = "0";
        int quietRounds = 0;
        while (System.currentTimeMillis() < deadline) {
            long profiles = total(api.get(PROFILE, "/api/v1/profiles?size=1", "talent-committee"));
            long placed = nineBoxTotal();
            int newChanges = 0;
            Answer feed =
                    api.get(TALENT, "/api/v1/readiness-changes?since=" + q(since) + "&limit=500", "talent-committee");
            if (feed.ok()) {
                newChanges = feed.body().path("items").size();
                since = feed.body().path("nextSince").asText(since);
            }
            boolean complete = profiles >= expected && placed >= expected;
            quietRounds = complete && newChanges == 0 ? quietRounds + 1 : 0;
            if (quietRounds >= 3) {
                System.out.println(" done");
                return;
            }
            System.out.print(".");
            sleep(1000);
        }
        System.out.println();
        throw new IllegalStateException("the pipeline did not settle within 5 minutes");
    }

    private long nineBoxTotal() {
        Answer a = api.get(TALENT, "/api/v1/nine-box", "talent-committee");
        return a.ok() ? a.body().path("total").asLong() : 0;
    }

    public void printSummary() {
        System.out.println();
        System.out.println("Talenta demo: " + ProbolinggoScenario.EVENT_TITLE);
        System.out.println("  " + ProbolinggoScenario.EVENT_DATE + ", Auditorium Madakaripura; assessors: "
                + ProbolinggoScenario.INSTITUTION());
        JsonNode map = api.get(PROFILE, "/api/v1/competency-map", "talent-committee")
                .expect(200)
                .body();
        System.out.printf(
                "%nCompetency profiles: %d, average JPM %.2f%%%n",
                map.path("count").asLong(), map.path("averageJpm").asDouble());
        JsonNode dist = map.path("mappingCategories");
        for (String category : List.of("OPTIMAL", "CUKUP_OPTIMAL", "KURANG_OPTIMAL")) {
            System.out.printf("  %-24s %4d%n", category, dist.path(category).asLong());
        }
        System.out.println("\nNine-box (potential rows, performance columns):");
        Map<Integer, Long> cells = new TreeMap<>();
        for (JsonNode cell : api.get(TALENT, "/api/v1/nine-box", "talent-committee")
                .expect(200)
                .body()
                .path("cells")) {
            cells.put(cell.path("box").asInt(), cell.path("count").asLong());
        }
        int[][] grid = {{6, 8, 9}, {3, 5, 7}, {1, 2, 4}};
        String[] rows = {"TINGGI  ", "MENENGAH", "RENDAH  "};
        System.out.println("              BELOW     MEETS     ABOVE");
        for (int r = 0; r < 3; r++) {
            System.out.printf("  %s", rows[r]);
            for (int c = 0; c < 3; c++) {
                System.out.printf("  [%d] %3d", grid[r][c], cells.getOrDefault(grid[r][c], 0L));
            }
            System.out.println();
        }
        System.out.println("\nTalent pool per job level:");
        for (String level : List.of("ADMINISTRATOR", "AHLI_MADYA", "PENGAWAS", "AHLI_MUDA", "PELAKSANA")) {
            long n = total(api.get(TALENT, "/api/v1/talent-pool?jobLevel=" + level + "&size=1", "talent-committee"));
            System.out.printf("  %-15s %3d%n", level, n);
        }
        System.out.println(
                "\nKey positions, bench strength (ready now / 1-2 years / 3+ years) and ready-now successors:");
        for (JsonNode k : items(api.get(TALENT, "/api/v1/key-positions?size=500", "talent-committee")
                .expect(200)
                .body())) {
            JsonNode s = api.get(
                            TALENT, "/api/v1/key-positions/" + k.get("id").asText() + "/succession", "talent-committee")
                    .expect(200)
                    .body();
            JsonNode bench = s.path("benchStrength");
            List<String> readyNow = new ArrayList<>();
            for (JsonNode c : s.path("candidates")) {
                if ("READY_NOW".equals(c.path("readiness").asText())) {
                    readyNow.add(c.path("fullName").asText()
                            + String.format(" (fit %.1f)", c.path("targetFit").asDouble()));
                }
            }
            System.out.printf(
                    "  %-75s risk %-6s %2d / %2d / %2d  %s%n",
                    abbreviate(k.path("title").asText(), 75),
                    s.path("vacancyRisk").asText(),
                    bench.path("readyNow").asInt(),
                    bench.path("ready1to2Years").asInt(),
                    bench.path("ready3PlusYears").asInt(),
                    readyNow.isEmpty()
                            ? "-"
                            : String.join(", ", readyNow.subList(0, Math.min(3, readyNow.size())))
                                    + (readyNow.size() > 3 ? ", …" : ""));
        }
        System.out.println("\nTry: ./talenta token talent-committee, then");
        System.out.println("  curl -H \"Authorization: Bearer $TOKEN\" http://127.0.0.1:8084/api/v1/nine-box");
    }

    private String resultPath(String participantId) {
        return "/api/v1/assessment-events/" + eventId + "/participants/" + participantId + "/result";
    }

    private static Iterable<JsonNode> items(JsonNode page) {
        return page.has("items") ? page.get("items") : page;
    }

    private static long total(Answer a) {
        return a.ok()
                ? a.body().path("totalItems").asLong(a.body().path("items").size())
                : 0;
    }

    private static String abbreviate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    private static void step(String what, Runnable action) {
        long t = System.currentTimeMillis();
        System.out.print("==> " + what + " ... ");
        action.run();
        System.out.printf("ok (%.1f s)%n", (System.currentTimeMillis() - t) / 1000.0);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
