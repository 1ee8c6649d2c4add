package id.talenta.bench;

import static id.talenta.e2e.client.Platform.Service.ASSESSMENT;
import static id.talenta.e2e.client.Platform.Service.PARTICIPANT;
import static id.talenta.e2e.client.Platform.Service.TALENT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.e2e.client.Platform;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds, through the public APIs only and untimed, the people the timed phases finalize: per cohort, units of
 * {@code unitSize} PENGAWAS / AHLI_MUDA civil servants imported by CSV, enrolled in one assessment event, rated 5.0
 * on all nine standard competencies (JPM 100 against their own and the ADMINISTRATOR standard, so potential
 * TINGGI), SKP SANGAT_BAIK (performance ABOVE): box 9, talent-pool members, READY_NOW. Each unit has
 * {@code positionsPerUnit} vacant ADMINISTRATOR key positions and the readiness policy's candidate scope is UNIT,
 * so finalizing one result makes its owner a candidate for exactly those positions: one profile.computed, one
 * talent.placement.changed and {@code positionsPerUnit} succession.readiness.changed events per result.
 */
final class World {

    static final List<String> COMPETENCIES = List.of(
            "INTEGRITAS",
            "KERJASAMA",
            "KOMUNIKASI",
            "ORIENTASI_HASIL",
            "PELAYANAN_PUBLIK",
            "PENGEMBANGAN_DIRI_ORANG_LAIN",
            "MENGELOLA_PERUBAHAN",
            "PENGAMBILAN_KEPUTUSAN",
            "PEREKAT_BANGSA");
    static final String METHOD = "INTERVIEW";
    static final String GROUP = "BENCH";

    /** One civil servant of a cohort; {@code id} is known once enrolled. */
    static final class Person {
        final String nip;
        final String unit;
        final String jobLevel;
        volatile String id;

        Person(String nip, String unit, String jobLevel) {
            this.nip = nip;
            this.unit = unit;
            this.jobLevel = jobLevel;
        }
    }

    /** People finalized by one phase, their units and the key positions of those units. */
    record Cohort(String name, List<Person> people, List<String> units, List<String> keyPositions) {}

    private final Platform api;
    private final Settings settings;
    private final String tag;
    private final Nips nips;
    private String eventId;
    private String leadAssessorId;
    final Map<String, Object> setupSeconds = new LinkedHashMap<>();
    String readinessScopeNote;

    World(Platform api, Settings settings, int run) {
        this.api = api;
        this.settings = settings;
        this.tag = "BENCH-R" + run + "-"
                + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
        this.nips = Nips.pipeline(run);
    }

    String eventId() {
        return eventId;
    }

    String leadAssessorId() {
        return leadAssessorId;
    }

    String tag() {
        return tag;
    }

    Cohort cohort(String name, int size) {
        List<Person> people = new ArrayList<>(size);
        List<String> units = new ArrayList<>();
        String unit = null;
        for (int i = 0; i < size; i++) {
            if (i % settings.unitSize() == 0) {
                unit = String.format("%s-%s%04d", tag, name.substring(0, 1).toUpperCase(), units.size() + 1);
                units.add(unit);
            }
            people.add(new Person(nips.next().value(), unit, i % 2 == 0 ? "PENGAWAS" : "AHLI_MUDA"));
        }
        return new Cohort(name, people, units, new ArrayList<>());
    }

    /** Everything the cohorts need before a finalization can be timed. */
    void load(List<Cohort> cohorts, Quiet quiet) {
        List<Person> all = new ArrayList<>();
        List<String> units = new ArrayList<>();
        cohorts.forEach(c -> {
            all.addAll(c.people());
            units.addAll(c.units());
        });
        step("readiness policy: candidate scope UNIT", this::ensureUnitScope);
        step("units (" + units.size() + ")", () -> createUnits(units));
        step("participants (" + all.size() + ", CSV import)", () -> importParticipants(all));
        step("replicas caught up", () -> quiet.await("enrollment", Duration.ofSeconds(3), Duration.ofMinutes(15)));
        step("assessment event, lead assessor", this::createEvent);
        step("enrollment", () -> enroll(all));
        step("ratings (" + all.size() + " × " + COMPETENCIES.size() + " competencies)", () -> rate(all));
        step("SKP ratings (CSV import)", () -> performance(all));
        int positions = units.size() * settings.positionsPerUnit();
        step("key positions (" + positions + ")", () -> cohorts.forEach(this::createKeyPositions));
        step("platform idle", () -> quiet.await("the timed phases", Duration.ofSeconds(3), Duration.ofMinutes(15)));
    }

    private void ensureUnitScope() {
        Platform.Answer current =
                api.get(TALENT, "/api/v1/policies/readiness", "admin").expect(200);
        JsonNode policy = current.body().get("policy");
        if ("UNIT".equals(policy.path("candidateScope").asText())) {
            readinessScopeNote =
                    "readiness policy v" + current.body().path("version").asInt() + " already had candidateScope UNIT";
            return;
        }
        int version = current.body().path("version").asInt();
        ObjectNode changed = policy.deepCopy();
        changed.put("candidateScope", "UNIT");
        Platform.Answer a = api.send(
                        TALENT,
                        "PUT",
                        "/api/v1/policies/readiness",
                        api.tokens().forRole("admin"),
                        changed,
                        "application/json",
                        Map.of("If-Match", "\"" + version + "\""))
                .expect(202);
        String jobId = a.body().path("job").path("id").asText();
        awaitJob(TALENT, "/api/v1/reevaluations/" + jobId, "admin", Duration.ofMinutes(10));
        readinessScopeNote = "changed the readiness policy from v" + version + " (candidateScope "
                + policy.path("candidateScope").asText() + ") to v"
                + a.body().path("version").asInt()
                + " (candidateScope UNIT)";
        System.out.print("(" + readinessScopeNote + ") ");
    }

    private void createUnits(List<String> units) {
        api.post(PARTICIPANT, "/api/v1/agencies", "admin", Map.of("code", Bench.AGENCY, "name", "Benchmark"))
                .expect(201, 409);
        api.post(
                        PARTICIPANT,
                        "/api/v1/units",
                        "hr-officer",
                        Map.of("code", tag, "name", "Benchmark " + tag, "agencyCode", Bench.AGENCY))
                .expect(201);
        Parallel.forEach(
                units,
                8,
                "units",
                u -> api.post(
                                PARTICIPANT,
                                "/api/v1/units",
                                "hr-officer",
                                Map.of("code", u, "name", "Unit " + u, "parentCode", tag))
                        .expect(201));
    }

    private void importParticipants(List<Person> people) {
        StringBuilder csv = new StringBuilder("nip,fullName,employmentType,positionTitle,jobLevel,unitCode,rank\n");
        int i = 0;
        for (Person p : people) {
            csv.append(p.nip)
                    .append(',')
                    .append(Names.name(i++))
                    .append(",PNS,")
                    .append(p.jobLevel.equals("PENGAWAS") ? "Kepala Subbagian Umum" : "Analis Kebijakan Ahli Muda")
                    .append(',')
                    .append(p.jobLevel)
                    .append(',')
                    .append(p.unit)
                    .append(",III/d\n");
        }
        Platform.Answer a = api.upload(
                        PARTICIPANT,
                        "/api/v1/participant-imports?mode=UPSERT",
                        "hr-officer",
                        "text/csv",
                        csv.toString())
                .expect(202);
        JsonNode job;
        try {
            job = awaitJob(
                    PARTICIPANT,
                    "/api/v1/participant-imports/" + a.body().get("id").asText(),
                    "hr-officer",
                    Duration.ofMinutes(10));
        } catch (IllegalStateException e) {
            // Setup is not what is measured: when the import is broken, register one by one and say so.
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"failureReason\":\"([^\"]*)\"")
                    .matcher(e.getMessage());
            importFallback = "the CSV import of its participants failed (" + (m.find() ? m.group(1) : e.getMessage())
                    + "); the setup "
                    + "registered its participants one by one through POST /api/v1/participants instead";
            System.out.print("import failed, registering one by one ... ");
            register(people);
            return;
        }
        if (job.path("created").asLong() != people.size()) {
            throw new IllegalStateException("the participant import should have created " + people.size()
                    + " people but reports " + job + " (a NIP collision with earlier data? run again: each run uses "
                    + "fresh NIPs)");
        }
    }

    String importFallback;

    private void register(List<Person> people) {
        java.util.concurrent.atomic.AtomicInteger i = new java.util.concurrent.atomic.AtomicInteger();
        Parallel.forEach(people, 16, "participants", p -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nip", p.nip);
            body.put("fullName", Names.name(i.getAndIncrement()));
            body.put("employmentType", "PNS");
            body.put("rank", "III/d");
            body.put(
                    "positionTitle",
                    p.jobLevel.equals("PENGAWAS") ? "Kepala Subbagian Umum" : "Analis Kebijakan Ahli Muda");
            body.put("jobLevel", p.jobLevel);
            body.put("unitCode", p.unit);
            Platform.Answer r = api.post(PARTICIPANT, "/api/v1/participants", "hr-officer", body);
            if (r.status() == 409
                    && p.unit.equals(api.get(PARTICIPANT, "/api/v1/participants/nip/" + p.nip, "hr-officer")
                            .expect(200)
                            .body()
                            .path("unitCode")
                            .asText())) {
                return; // written by the failed import before it stopped
            }
            if (r.status() == 409) {
                throw new IllegalStateException(
                        "NIP " + p.nip + " is already registered (left by an earlier run?); run again");
            }
            r.expect(201);
        });
    }

    private void createEvent() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", "Benchmark " + tag);
        event.put("organizer", "Talenta benchmark");
        event.put("startDate", LocalDate.now().toString());
        event.put("methods", List.of(METHOD));
        event.put("matrix", List.of(Map.of("method", METHOD, "competencies", COMPETENCIES)));
        event.put(
                "groups",
                List.of(Map.of(
                        "code",
                        GROUP,
                        "name",
                        "Pengawas dan Ahli Muda",
                        "capacity",
                        100000,
                        "jobLevels",
                        List.of("PENGAWAS", "AHLI_MUDA"))));
        eventId = api.post(ASSESSMENT, "/api/v1/assessment-events", "hr-officer", event)
                .expect(201)
                .body()
                .get("id")
                .asText();
        leadAssessorId = api.post(
                        ASSESSMENT,
                        "/api/v1/assessors",
                        "hr-officer",
                        Map.of(
                                "name",
                                "Asesor " + tag,
                                "certificateNumber",
                                tag + "-" + UUID.randomUUID(),
                                "institution",
                                "Talenta benchmark"))
                .expect(201)
                .body()
                .get("id")
                .asText();
        api.post(
                        ASSESSMENT,
                        "/api/v1/assessment-events/" + eventId + "/assessors",
                        "hr-officer",
                        Map.of("assessorId", leadAssessorId, "lead", true))
                .expect(200, 201);
        api.post(ASSESSMENT, "/api/v1/assessment-events/" + eventId + "/start", "hr-officer", Map.of())
                .expect(200);
    }

    private void enroll(List<Person> people) {
        Map<String, Person> byNip = new HashMap<>();
        people.forEach(p -> byNip.put(p.nip, p));
        List<List<Person>> batches = new ArrayList<>();
        for (int i = 0; i < people.size(); i += 1000) {
            batches.add(people.subList(i, Math.min(people.size(), i + 1000)));
        }
        // One event's enrollments are serialised by the service (row lock), so batches go one after the other.
        for (List<Person> batch : batches) {
            List<String> pending = batch.stream().map(p -> p.nip).toList();
            long deadline = System.currentTimeMillis() + 300_000;
            while (!pending.isEmpty()) {
                JsonNode r = api.post(
                                ASSESSMENT,
                                "/api/v1/assessment-events/" + eventId + "/enrollments",
                                "hr-officer",
                                Map.of("groupCode", GROUP, "nips", pending))
                        .expect(200)
                        .body();
                List<String> retry = new ArrayList<>();
                for (JsonNode item : r.get("items")) {
                    String reason = item.path("reason").asText("");
                    String nip = item.path("nip").asText();
                    if ("ENROLLED".equals(item.path("status").asText()) || "ALREADY_ENROLLED".equals(reason)) {
                        byNip.get(nip).id = item.path("participantId").asText();
                    } else if ("UNKNOWN_PARTICIPANT".equals(reason)) {
                        retry.add(nip);
                    } else {
                        throw new IllegalStateException("enrollment rejected: " + item);
                    }
                }
                pending = retry;
                if (!pending.isEmpty()) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException(
                                pending.size() + " participants never reached the assessment service");
                    }
                    ReadinessWatcher.sleep(500);
                }
            }
        }
        for (Person p : people) {
            if (p.id == null || p.id.isBlank()) {
                throw new IllegalStateException("no participant id for NIP " + p.nip + " after enrollment");
            }
        }
    }

    private void rate(List<Person> people) {
        List<Map<String, Object>> ratings = new ArrayList<>();
        for (String c : COMPETENCIES) {
            ratings.add(Map.of("competency", c, "level", 5.0, "evidence", "benchmark"));
        }
        Map<String, Object> body = Map.of("assessorId", leadAssessorId, "ratings", ratings);
        String token = api.tokens().assessor(leadAssessorId);
        Parallel.forEach(
                people,
                16,
                "ratings",
                p -> api.send(
                                ASSESSMENT,
                                "PUT",
                                resultPath(p.id).replace("/result", "/ratings/" + METHOD),
                                token,
                                body,
                                "application/json")
                        .expect(200));
    }

    private void performance(List<Person> people) {
        int year = LocalDate.now().getYear() - 1;
        StringBuilder csv = new StringBuilder("nip,year,rating\n");
        people.forEach(p -> csv.append(p.nip).append(',').append(year).append(",SANGAT_BAIK\n"));
        for (int attempt = 1; ; attempt++) {
            Platform.Answer a = api.upload(
                            TALENT, "/api/v1/performance-rating-imports", "hr-officer", "text/csv", csv.toString())
                    .expect(202);
            JsonNode job = awaitJob(
                    TALENT,
                    "/api/v1/performance-rating-imports/" + a.body().get("id").asText(),
                    "hr-officer",
                    Duration.ofMinutes(10));
            long failed = job.path("totals").path("failed").asLong();
            if (failed == 0) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException("the SKP rating import kept failing rows: " + job);
            }
            ReadinessWatcher.sleep(3000); // the talent-pool replica has not seen everyone yet; re-import (idempotent)
        }
    }

    private void createKeyPositions(Cohort cohort) {
        List<String[]> toCreate = new ArrayList<>();
        for (String unit : cohort.units()) {
            for (int k = 1; k <= settings.positionsPerUnit(); k++) {
                toCreate.add(new String[] {unit, "Kepala Bagian " + k + " " + unit});
            }
        }
        Map<String, String> ids = new ConcurrentHashMap<>();
        Parallel.forEach(toCreate, 8, "key positions", u -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", u[1]);
            body.put("jobLevel", "ADMINISTRATOR");
            body.put("unitCode", u[0]);
            body.put("criticality", "HIGH");
            ids.put(
                    u[1],
                    api.post(TALENT, "/api/v1/key-positions", "talent-committee", body)
                            .expect(201)
                            .body()
                            .get("id")
                            .asText());
        });
        toCreate.forEach(u -> cohort.keyPositions().add(ids.get(u[1])));
    }

    String resultPath(String participantId) {
        return "/api/v1/assessment-events/" + eventId + "/participants/" + participantId + "/result";
    }

    /** Polls a job resource until COMPLETED (returned) or FAILED / timeout (thrown). */
    JsonNode awaitJob(Platform.Service service, String path, String role, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode job = api.get(service, path, role).expect(200).body();
            String status = job.path("status").asText();
            if ("COMPLETED".equals(status)) {
                return job;
            }
            if ("FAILED".equals(status)) {
                throw new IllegalStateException("job " + path + " failed: " + job);
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "job " + path + " not done within " + timeout.toSeconds() + " s: " + job);
            }
            ReadinessWatcher.sleep(200);
        }
    }

    private void step(String what, Runnable action) {
        long t = System.nanoTime();
        System.out.print("  setup: " + what + " ... ");
        System.out.flush();
        action.run();
        double s = (System.nanoTime() - t) / 1e9;
        setupSeconds.put(what, Math.round(s * 10) / 10.0);
        System.out.printf("ok (%.1f s)%n", s);
    }
}
