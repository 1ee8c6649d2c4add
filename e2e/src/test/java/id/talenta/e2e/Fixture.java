package id.talenta.e2e;

import static id.talenta.e2e.client.Platform.Service.ASSESSMENT;
import static id.talenta.e2e.client.Platform.Service.PARTICIPANT;
import static id.talenta.e2e.client.Platform.Service.TALENT;

import com.fasterxml.jackson.databind.JsonNode;
import id.talenta.e2e.client.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/** Builds the world of one end-to-end test through the public APIs: a unit, people, an event, ratings. */
final class Fixture {

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
    static final List<String> METHODS = List.of("INTERVIEW", "GROUP_DISCUSSION");
    static final List<String> ASPECTS = List.of(
            "INTELLECTUAL_ABILITY",
            "INTERPERSONAL",
            "SELF_AWARENESS",
            "CRITICAL_STRATEGIC_THINKING",
            "PROBLEM_SOLVING",
            "EMOTIONAL_INTELLIGENCE",
            "GROWTH_MINDSET",
            "GRIT");

    record Person(String id, String nip) {}

    private static final Random RANDOM = new Random();
    final Platform api;
    /** The agency of the end-to-end tests' root units. */
    static final String AGENCY = "E2E";

    final String agency;
    final String unitCode;
    String eventId;
    String leadAssessorId;

    Fixture(Platform api) {
        this(api, AGENCY);
    }

    /** A fresh root unit of {@code agency} (the agency registered when it is not yet). */
    Fixture(Platform api, String agency) {
        this.api = api;
        this.agency = agency;
        this.unitCode = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        api.post(PARTICIPANT, "/api/v1/agencies", "admin", Map.of("code", agency, "name", "Instansi uji " + agency))
                .expect(201, 409);
        api.post(
                        PARTICIPANT,
                        "/api/v1/units",
                        "hr-officer",
                        Map.of("code", unitCode, "name", "Unit uji " + unitCode, "agencyCode", agency))
                .expect(201);
    }

    /** An assessment event in progress, whose single group admits every job level used here, with a lead assessor. */
    Fixture withEvent() {
        List<Map<String, Object>> matrix = new ArrayList<>();
        for (String m : METHODS) {
            matrix.add(Map.of("method", m, "competencies", COMPETENCIES));
        }
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("title", "Uji ujung ke ujung " + unitCode);
        event.put("organizer", "BKPSDM Uji");
        event.put("startDate", LocalDate.now().toString());
        event.put("methods", METHODS);
        event.put("matrix", matrix);
        event.put(
                "groups",
                List.of(Map.of(
                        "code",
                        "ALL",
                        "name",
                        "Semua",
                        "capacity",
                        1000,
                        "jobLevels",
                        List.of("PELAKSANA", "PENGAWAS", "AHLI_MUDA", "ADMINISTRATOR", "AHLI_MADYA", "JPT_PRATAMA"))));
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
                                "Asesor Utama " + unitCode,
                                "certificateNumber",
                                "E2E-" + UUID.randomUUID(),
                                "institution",
                                "UPTD Uji"))
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
        return this;
    }

    Person register(String jobLevel, int birthYear) {
        String nip;
        Platform.Answer a;
        do {
            nip = String.format(
                    "%04d%02d%02d%04d%02d%d%03d",
                    birthYear,
                    1 + RANDOM.nextInt(12),
                    1 + RANDOM.nextInt(28),
                    birthYear + 24,
                    1 + RANDOM.nextInt(12),
                    1 + RANDOM.nextInt(2),
                    1 + RANDOM.nextInt(999));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("nip", nip);
            body.put("fullName", "Peserta Uji " + nip.substring(14));
            body.put("employmentType", "PNS");
            body.put("positionTitle", "Jabatan " + jobLevel);
            body.put("jobLevel", jobLevel);
            body.put("unitCode", unitCode);
            a = api.post(PARTICIPANT, "/api/v1/participants", "hr-officer", body);
        } while (a.status() == 409);
        return new Person(a.expect(201).body().get("id").asText(), nip);
    }

    /** Enrolls, retrying while the assessment service's replica has not yet seen the person. */
    void enroll(Person p) {
        long deadline = System.currentTimeMillis() + 60_000;
        while (true) {
            JsonNode item = api.post(
                            ASSESSMENT,
                            "/api/v1/assessment-events/" + eventId + "/enrollments",
                            "hr-officer",
                            Map.of("groupCode", "ALL", "participantIds", List.of(p.id())))
                    .expect(200)
                    .body()
                    .get("items")
                    .get(0);
            if ("ENROLLED".equals(item.path("status").asText())
                    || "ALREADY_ENROLLED".equals(item.path("reason").asText())) {
                return;
            }
            if (!"UNKNOWN_PARTICIPANT".equals(item.path("reason").asText()) || System.currentTimeMillis() > deadline) {
                throw new AssertionError("enrollment rejected: " + item);
            }
            pause(200);
        }
    }

    void rateAll(Person p, double level, boolean withTopPotential) {
        for (String m : METHODS) {
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (String c : COMPETENCIES) {
                ratings.add(Map.of("competency", c, "level", level, "evidence", "uji"));
            }
            api.send(
                            ASSESSMENT,
                            "PUT",
                            resultPath(p).replace("/result", "/ratings/" + m),
                            api.tokens().assessor(leadAssessorId),
                            Map.of("assessorId", leadAssessorId, "ratings", ratings),
                            "application/json")
                    .expect(200);
        }
        if (withTopPotential) {
            List<Map<String, Object>> aspects = new ArrayList<>();
            for (String a : ASPECTS) {
                aspects.add(Map.of("aspect", a, "score", 5));
            }
            api.send(
                            ASSESSMENT,
                            "PUT",
                            resultPath(p).replace("/result", "/potential"),
                            api.tokens().assessor(leadAssessorId),
                            Map.of("assessorId", leadAssessorId, "aspects", aspects),
                            "application/json")
                    .expect(200);
        }
    }

    void finalizeResult(Person p) {
        api.send(
                        ASSESSMENT,
                        "POST",
                        resultPath(p) + "/finalize",
                        api.tokens().assessor(leadAssessorId),
                        Map.of("finalizedBy", leadAssessorId),
                        "application/json")
                .expect(200);
    }

    void revise(Person p, double level, String reason) {
        List<Map<String, Object>> overrides = new ArrayList<>();
        for (String c : COMPETENCIES) {
            overrides.add(Map.of("competency", c, "level", level, "reason", reason));
        }
        api.send(
                        ASSESSMENT,
                        "POST",
                        resultPath(p) + "/revisions",
                        api.tokens().assessor(leadAssessorId),
                        Map.of("finalizedBy", leadAssessorId, "reason", reason, "overrides", overrides),
                        "application/json")
                .expect(200, 201);
    }

    /** A revision that corrects every potential aspect to {@code score} (final levels untouched). */
    void revisePotential(Person p, int score, String reason) {
        List<Map<String, Object>> aspects = new ArrayList<>();
        for (String a : ASPECTS) {
            aspects.add(Map.of("aspect", a, "score", score));
        }
        api.send(
                        ASSESSMENT,
                        "POST",
                        resultPath(p) + "/revisions",
                        api.tokens().assessor(leadAssessorId),
                        Map.of("finalizedBy", leadAssessorId, "reason", reason, "potential", aspects),
                        "application/json")
                .expect(200);
    }

    /** Sets a performance rating, retrying while the talent-pool replica has not yet seen the person. */
    void performance(Person p, int year, String rating) {
        String path = "/api/v1/performance-ratings/" + p.id() + "/" + year;
        long deadline = System.currentTimeMillis() + 60_000;
        Platform.Answer a = api.put(TALENT, path, "hr-officer", Map.of("rating", rating, "source", "e2e"));
        while ((a.status() == 404 || a.status() == 422) && System.currentTimeMillis() < deadline) {
            pause(200);
            a = api.put(TALENT, path, "hr-officer", Map.of("rating", rating, "source", "e2e"));
        }
        a.expect(200, 201);
    }

    String keyPosition(String title, String jobLevel, Person incumbent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title + " " + unitCode);
        body.put("jobLevel", jobLevel);
        body.put("unitCode", unitCode);
        body.put("incumbentParticipantId", incumbent == null ? null : incumbent.id());
        body.put("criticality", "HIGH");
        long deadline = System.currentTimeMillis() + 60_000;
        Platform.Answer a = api.post(TALENT, "/api/v1/key-positions", "talent-committee", body);
        while ((a.status() == 404 || a.status() == 422) && System.currentTimeMillis() < deadline) {
            pause(200); // the incumbent has not reached the talent-pool replica yet
            a = api.post(TALENT, "/api/v1/key-positions", "talent-committee", body);
        }
        return a.expect(201).body().get("id").asText();
    }

    String resultPath(Person p) {
        return "/api/v1/assessment-events/" + eventId + "/participants/" + p.id() + "/result";
    }

    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
