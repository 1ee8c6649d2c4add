package id.talenta.participant.imports;

import static id.talenta.participant.Fixtures.HR;
import static id.talenta.participant.Fixtures.INTEGRATION;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.talenta.chassis.testing.EventSchemas;
import id.talenta.chassis.testing.KafkaProbe;
import id.talenta.chassis.testing.TestTokens;
import id.talenta.participant.Fixtures;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ImportResourceTest {

    static final String HEADER = "nip,fullName,employmentType,rank,positionTitle,jobLevel,unitCode";

    private static String upload(String contentType, byte[] body, String query) {
        return given().auth()
                .oauth2(HR)
                .contentType(contentType)
                .body(body)
                .post("/api/v1/participant-imports" + query)
                .then()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                .extract()
                .header("Location");
    }

    private static String csv(String text) {
        return upload("text/csv", text.getBytes(StandardCharsets.UTF_8), "");
    }

    @Test
    void aTenThousandRowFileWithBrokenRowsImportsTheGoodOnesAndReimportChangesNothing() {
        String unit = Fixtures.unit();
        StringBuilder file = new StringBuilder(HEADER).append('\n');
        Set<Long> brokenRows = new HashSet<>();
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            long row = i + 2;
            String nip = Fixtures.nip();
            nips.add(nip);
            if (i % 500 == 7) {
                brokenRows.add(row);
                file.append(nip.substring(0, 4))
                        .append("1399")
                        .append(nip.substring(8)) // month 13
                        .append(",Broken Date,PNS,III/a,Staf,PELAKSANA,")
                        .append(unit)
                        .append('\n');
            } else if (i % 500 == 99) {
                brokenRows.add(row);
                file.append(nip).append(",Unknown Unit,PNS,III/a,Staf,PELAKSANA,NO-SUCH-UNIT\n");
            } else if (i % 500 == 250) {
                brokenRows.add(row);
                file.append(nip).append(",Ragged,PNS\n");
            } else if (i % 500 == 333) {
                brokenRows.add(row);
                file.append(nip)
                        .append(",Bad Level,PNS,III/a,Staf,KING,")
                        .append(unit)
                        .append('\n');
            } else {
                file.append(nip)
                        .append(",\"Pegawai ")
                        .append(i)
                        .append(", S.Kom\",PNS,III/a,Staf,PELAKSANA,")
                        .append(unit)
                        .append('\n');
            }
        }
        String location = csv(file.toString());
        Fixtures.awaitJob(location)
                .body("status", equalTo("COMPLETED"))
                .body("totalRows", equalTo(10_000))
                .body("processedRows", equalTo(10_000))
                .body("created", equalTo(10_000 - brokenRows.size()))
                .body("rejected", equalTo(brokenRows.size()))
                .body("updated", equalTo(0))
                .body("unchanged", equalTo(0));
        given().auth()
                .oauth2(HR)
                .queryParam("size", 500)
                .get(location + "/errors")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(brokenRows.size()))
                .body("items[0].row", equalTo(9))
                .body("items[0].field", equalTo("nip"))
                .body("items[0].message", startsWith("birth date"))
                .body("items.field", hasItem("unitCode"))
                .body("items.message", hasItem("the row has 3 fields but the header has 7"))
                .body("items.message", hasItem("job level KING does not exist"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + nips.get(1))
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Pegawai 1, S.Kom"))
                .body(
                        "retirementDate",
                        equalTo(java.time.LocalDate.parse(nips.get(1).substring(0, 4) + "-"
                                        + nips.get(1).substring(4, 6) + "-01")
                                .plusYears(58)
                                .plusMonths(1)
                                .toString()));

        assertEquals(
                Fixtures.AGENCY,
                registeredAgencyOf(given().auth()
                        .oauth2(HR)
                        .get("/api/v1/participants/nip/" + nips.get(1))
                        .then()
                        .extract()
                        .path("id")),
                "an imported participant's event carries the agency of the unit");

        // The probe starts at the latest offset: let the relay publish the first import's events first.
        await().atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> unsentOutboxRows() == 0);
        try (KafkaProbe probe = new KafkaProbe("test.talenta.participants.v1")) {
            String again = csv(file.toString());
            Fixtures.awaitJob(again)
                    .body("status", equalTo("COMPLETED"))
                    .body("unchanged", equalTo(10_000 - brokenRows.size()))
                    .body("created", equalTo(0))
                    .body("updated", equalTo(0))
                    .body("rejected", equalTo(brokenRows.size()));
            String marker = Fixtures.register(Fixtures.nip(), unit);
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> s.stream().anyMatch(r -> marker.equals(r.key())), Duration.ofSeconds(60));
            // other modules' tests also feed this test topic: only what this service published counts
            assertEquals(
                    List.of(marker),
                    seen.stream()
                            .filter(r -> "/talenta/participant-service".equals(KafkaProbe.header(r, "ce_source")))
                            .map(ConsumerRecord::key)
                            .distinct()
                            .toList(),
                    "re-importing the same file publishes nothing");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private String registeredAgencyOf(String participantId) {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("select payload ->> 'agencyCode' from outbox "
                        + "where record_key = ? and event_type = 'participant.registered'")) {
            ps.setString(1, participantId);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long unsentOutboxRows() throws Exception {
        try (var c = dataSource.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("select count(*) from outbox where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aLegalStatusThatEndsServiceNeverActivatesOrDeactivatesWithTheStatusAsReason() {
        String unit = Fixtures.unit();
        String retired = Fixtures.nip();
        String serving = Fixtures.nip();
        String leaving = Fixtures.nip();
        String onLeave = Fixtures.nip();
        Fixtures.register(leaving, unit);
        String header = HEADER + ",kedudukanHukumId,kedudukanHukumNama\n";
        String row = ",Pegawai,PNS,III/a,Staf,PELAKSANA," + unit;
        try (KafkaProbe probe = new KafkaProbe("test.talenta.participants.v1")) {
            Fixtures.awaitJob(csv(header + retired + row + ",99,Pensiun\n" + serving + row + ",1,\n" + leaving + row
                            + ",67,Punah\n" + onLeave + row + ",02,CLTN\n" + Fixtures.nip() + row + ",XX,?\n"))
                    .body("created", equalTo(3))
                    .body("updated", equalTo(1))
                    .body("rejected", equalTo(1));
            String leavingId = given().auth()
                    .oauth2(HR)
                    .get("/api/v1/participants/nip/" + leaving)
                    .then()
                    .body("status", equalTo("INACTIVE"))
                    .body("deactivationReason", equalTo("Kedudukan hukum 67 Punah (SIASN): no longer in service"))
                    .extract()
                    .path("id");
            // the deactivation is published as such
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> s.stream().anyMatch(r -> leavingId.equals(r.key())), Duration.ofSeconds(20));
            assertTrue(seen.stream()
                    .filter(r -> leavingId.equals(r.key()))
                    .anyMatch(r -> "participant.deactivated"
                            .equals(new String(r.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))));
            given().auth()
                    .oauth2(HR)
                    .get("/api/v1/participants/" + leavingId + "/history")
                    .then()
                    .body(
                            "find { it.changeType == 'DEACTIVATED' }.reason",
                            equalTo("Kedudukan hukum 67 Punah (SIASN): no longer in service"));
        }
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + retired)
                .then()
                .statusCode(200)
                .body("status", equalTo("INACTIVE"))
                .body("deactivationReason", equalTo("Kedudukan hukum 99 Pensiun (SIASN): no longer in service"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + serving)
                .then()
                .body("status", equalTo("ACTIVE"));
        // unpaid leave (CLTN) is in service: active
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + onLeave)
                .then()
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void siasnExportColumnsAreMappedAndChangesPublishOnlyTheChangedFields() {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        String birth = nip.substring(6, 8) + "-" + nip.substring(4, 6) + "-" + nip.substring(0, 4);
        String header =
                "nipBaru,nama,gelarDepan,gelarBelakang,tglLahir,golRuangAkhirId,jenisJabatanId,eselonId,jabatanFungsional,jabatanNama,unorId\n";
        Fixtures.awaitJob(csv(header + nip + ",Andi Saputra,,S.E.," + birth
                        + ",34,2,,Analis Kebijakan Ahli Muda,Analis Kebijakan Ahli Muda," + unit + "\n"
                        + Fixtures.nip() + ",Wrong Birth,,,01-01-1900,34,4,,,Staf," + unit + "\n"
                        + Fixtures.nip() + ",Unknown Rank,,,,99,4,,,Staf," + unit + "\n"))
                .body("created", equalTo(1))
                .body("rejected", equalTo(2));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + nip)
                .then()
                .statusCode(200)
                .body("rank", equalTo("III/d"))
                .body("jobLevel", equalTo("AHLI_MUDA"))
                .body("backTitle", equalTo("S.E."))
                .body("employmentType", equalTo("PNS"))
                .body("unitCode", equalTo(unit));

        try (KafkaProbe probe = new KafkaProbe("test.talenta.participants.v1")) {
            String location =
                    csv(header + nip + ",Andi Saputra,,S.E.," + birth + ",41,1,31,,Kepala Bagian Umum," + unit + "\n");
            Fixtures.awaitJob(location).body("updated", equalTo(1));
            String id = given().auth()
                    .oauth2(HR)
                    .get("/api/v1/participants/nip/" + nip)
                    .then()
                    .body("jobLevel", equalTo("ADMINISTRATOR"))
                    .body("version", equalTo(2))
                    .extract()
                    .path("id");
            List<ConsumerRecord<String, String>> seen =
                    probe.pollUntil(s -> s.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(20));
            ConsumerRecord<String, String> event =
                    seen.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
            assertEquals("participant.updated", KafkaProbe.header(event, "ce_type"));
            EventSchemas.assertValid("participant.updated", event.value());
            assertEquals("[\"rank\",\"positionTitle\",\"jobLevel\"]", changedFields(event.value()));
        }
    }

    /** A SIASN "Export Data ASN" file exactly as an HR office downloads it (docs/siasn.md, section 1). */
    @Test
    void aSiasnExportAsDownloadedIsImported() {
        String unit = Fixtures.unit();
        String newUnit = java.util.UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String newAgency =
                java.util.UUID.randomUUID().toString().replace("-", "").toUpperCase();
        String functional = Fixtures.nip();
        String wrongGender = Fixtures.nip();
        String structural = Fixtures.nip();
        String retired = Fixtures.nip();
        String body = "\uFEFFpns_id|nip_baru|nip_lama|nama|gelar_depan|gelar_belakang|tanggal_lahir|jenis_kelamin|"
                + "kedudukan_hukum_id|kedudukan_hukum_nama|gol_akhir_id|jenis_jabatan_id|jabatan_nama|unor_id|"
                + "unor_nama|instansi_kerja_id|instansi_kerja_nama\r\n"
                + siasnRow(
                        functional,
                        "Rina Wulandari",
                        gender(functional, true),
                        "01|Aktif",
                        "2",
                        "Pranata Komputer Ahli Muda",
                        newUnit,
                        newAgency)
                + siasnRow(
                        wrongGender,
                        "Salah Kelamin",
                        gender(wrongGender, false),
                        "01|Aktif",
                        "4",
                        "Pengadministrasi Umum",
                        unit,
                        newAgency)
                + siasnRow(
                        structural,
                        "Kepala Sub Bagian",
                        gender(structural, true),
                        "01|Aktif",
                        "1",
                        "Kepala Sub Bagian Umum",
                        unit,
                        newAgency)
                + siasnRow(
                        retired,
                        "Sudah Pensiun",
                        gender(retired, true),
                        "99|Pensiun",
                        "4",
                        "Pengadministrasi",
                        newUnit,
                        newAgency);
        String location = upload("text/csv", body.getBytes(StandardCharsets.UTF_8), "");
        Fixtures.awaitJob(location)
                .body("created", equalTo(2))
                .body("rejected", equalTo(2))
                .body("endedService", equalTo(1))
                .body("createdUnits", contains(newUnit))
                .body("createdAgencies", contains(newAgency));
        given().auth()
                .oauth2(HR)
                .get(location + "/errors")
                .then()
                .body("items.field", contains("jenisKelamin", "jobLevel"))
                .body("items[0].message", startsWith("jenis_kelamin"))
                .body("items[1].message", containsString("add an eselon_id column"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + functional)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Rina Wulandari"))
                .body("frontTitle", equalTo(null))
                .body("backTitle", equalTo("S.Kom"))
                .body("rank", equalTo("III/b"))
                .body("jobLevel", equalTo("AHLI_MUDA"))
                .body("positionTitle", equalTo("Pranata Komputer Ahli Muda"))
                .body("unitCode", equalTo(newUnit));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + retired)
                .then()
                .body("status", equalTo("INACTIVE"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/units/" + newUnit)
                .then()
                .statusCode(200)
                .body("name", equalTo("Unit dari berkas"))
                .body("agencyCode", equalTo(newAgency));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/agencies/" + newAgency)
                .then()
                .statusCode(200)
                .body("name", equalTo("Pemerintah Kabupaten Uji"))
                .body("siasnId", equalTo(newAgency));
    }

    /** The same export as an .xlsx workbook (first sheet), as HR offices pass SAPK exports around. */
    @Test
    void anXlsxWorkbookIsImportedFromItsFirstSheet() throws Exception {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        byte[] workbook;
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var bytes = new java.io.ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Data ASN");
            String[] header = {
                "NIP_BARU",
                "NAMA",
                "GELAR_BLK",
                "TGL_LAHIR",
                "GOL_ID",
                "JENIS_JABATAN_ID",
                "JABATAN_NAMA",
                "UNOR_ID",
                "KETERANGAN"
            };
            var first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                first.createCell(i).setCellValue(header[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(nip); // text, so the 18 digits stay
            row.createCell(1).setCellValue("Dewi Lestari, S.E.");
            row.createCell(2).setCellValue("M.Si");
            var date = row.createCell(3);
            date.setCellValue(java.time.LocalDate.parse(
                    nip.substring(0, 4) + "-" + nip.substring(4, 6) + "-" + nip.substring(6, 8)));
            var style = wb.createCellStyle();
            style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            date.setCellStyle(style);
            row.createCell(4).setCellValue(33); // a number cell: III/c
            row.createCell(5).setCellValue(4);
            row.createCell(6).setCellValue("Pengadministrasi Perkantoran");
            row.createCell(7).setCellValue(unit); // KETERANGAN left empty: the sheet omits the cell
            wb.createSheet("Catatan").createRow(0).createCell(0).setCellValue("ignored");
            wb.write(bytes);
            workbook = bytes.toByteArray();
        }
        String location = upload("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, "");
        Fixtures.awaitJob(location).body("status", equalTo("COMPLETED")).body("created", equalTo(1));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + nip)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Dewi Lestari, S.E."))
                .body("backTitle", equalTo("M.Si"))
                .body("rank", equalTo("III/c"))
                .body("jobLevel", equalTo("PELAKSANA"))
                .body("unitCode", equalTo(unit));
        Fixtures.awaitJob(upload(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        "not a workbook".getBytes(StandardCharsets.UTF_8),
                        ""))
                .body("status", equalTo("FAILED"))
                .body("failureReason", equalTo("the file is not a readable .xlsx workbook"));
    }

    /** One export row: an apostrophe keeps the NIP text, null stands for no value, dates are dd-mm-yyyy. */
    private static String siasnRow(
            String nip,
            String name,
            String gender,
            String legalStatus,
            String jenisJabatan,
            String jabatan,
            String unit,
            String agency) {
        String birth = nip.substring(6, 8) + "-" + nip.substring(4, 6) + "-" + nip.substring(0, 4);
        return "A5EB03E23C3BF6A0E040640A04" + nip.substring(12) + "|'" + nip + "|null|" + name + "|null|S.Kom|" + birth
                + "|" + gender + "|" + legalStatus + "|32|" + jenisJabatan + "|" + jabatan + "|" + unit
                + "|Unit dari berkas|" + agency + "|Pemerintah Kabupaten Uji\r\n";
    }

    /** jenis_kelamin as the NIP says it ({@code agrees}) or the opposite. */
    private static String gender(String nip, boolean agrees) {
        boolean male = nip.charAt(14) == '1';
        return male == agrees ? "M" : "F";
    }

    private static String changedFields(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(json)
                    .get("changedFields")
                    .toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void ndjsonRowsAreImportedAndBadLinesAreRowErrors() {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        String body = "{\"nip\":\"" + nip + "\",\"fullName\":\"Dewi\",\"employmentType\":\"PPPK\",\"rank\":\"IX\","
                + "\"positionTitle\":\"Guru\",\"jobLevel\":\"AHLI_PERTAMA\",\"unitCode\":\"" + unit + "\","
                + "\"education\":{\"level\":\"S1\",\"major\":\"Pendidikan\"}}\n{not json\n[1,2]\n";
        String location = upload("application/x-ndjson", body.getBytes(StandardCharsets.UTF_8), "");
        Fixtures.awaitJob(location).body("created", equalTo(1)).body("rejected", equalTo(2));
        given().auth()
                .oauth2(HR)
                .get(location + "/errors")
                .then()
                .body("items.row", contains(2, 3))
                .body("items.message", contains("the line is not valid JSON", "the line is not a JSON object"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + nip)
                .then()
                .body("education.major", equalTo("Pendidikan"))
                // the start of service under its neutral name: for PPPK the PPPK appointment the number names
                .body("serviceStartBasis", equalTo("PPPK_APPOINTMENT"))
                .body("serviceStartMonth", equalTo(nip.substring(8, 12) + "-" + nip.substring(12, 14)));
    }

    @Test
    void createOnlyRejectsChangesAndDryRunWritesNothing() {
        String unit = Fixtures.unit();
        String nip = Fixtures.nip();
        Fixtures.register(nip, unit);
        String changed = HEADER + "\n" + nip + ",Other Name,PNS,III/c,Analis SDM,ADMINISTRATOR," + unit + "\n";
        Fixtures.awaitJob(upload("text/csv", changed.getBytes(StandardCharsets.UTF_8), "?mode=CREATE_ONLY"))
                .body("rejected", equalTo(1))
                .body("updated", equalTo(0));
        String fresh = Fixtures.nip();
        String dry = HEADER + "\n" + fresh + ",New,PNS,III/c,Analis,ADMINISTRATOR," + unit + "\n" + nip
                + ",Other Name,PNS,III/c,Analis SDM,ADMINISTRATOR," + unit + "\n";
        String location = upload("text/csv", dry.getBytes(StandardCharsets.UTF_8), "?dryRun=true");
        Fixtures.awaitJob(location)
                .body("created", equalTo(1))
                .body("updated", equalTo(1))
                .body("dryRun", equalTo(true));
        // What would change, row by row, before anything is written.
        given().auth()
                .oauth2(HR)
                .get(location + "/changes")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items.row", contains(2, 3))
                .body("items.action", contains("CREATE", "UPDATE"))
                .body("items[0].nip", equalTo(fresh))
                .body("items[1].changedFields", contains("fullName"));
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + fresh)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(HR)
                .get("/api/v1/participants/nip/" + nip)
                .then()
                .body("fullName", not(equalTo("Other Name")));
    }

    @Test
    void malformedFilesFailTheJobWithAClearReason() {
        Fixtures.awaitJob(csv("196608011988031001,Siti,PNS\n"))
                .body("status", equalTo("FAILED"))
                .body("failureReason", startsWith("the file has no header row"));
        Fixtures.awaitJob(csv("fullName;unitCode\nSiti;X\n"))
                .body("status", equalTo("FAILED"))
                .body(
                        "failureReason",
                        startsWith("the header row has no nip or nipBaru column; found: fullName,unitCode"));
        byte[] latin1 = (HEADER + "\n196608011988031001,Jos\u00e9,PNS,III/a,Staf,PELAKSANA,X\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Fixtures.awaitJob(upload("text/csv", latin1, ""))
                .body("status", equalTo("FAILED"))
                .body("failureReason", startsWith("the file is not valid UTF-8"));
        Fixtures.awaitJob(csv("")).body("status", equalTo("FAILED"));
    }

    @Test
    void uploadsAboveTheLimitAreRefused() {
        byte[] big = new byte[9 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        given().auth()
                .oauth2(HR)
                .contentType("text/csv")
                .body(big)
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void invalidParametersRolesAndMediaTypesAreRefused() {
        given().auth()
                .oauth2(HR)
                .contentType("text/csv")
                .body("nip\n")
                .queryParam("mode", "MERGE")
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("mode"));
        given().auth()
                .oauth2(HR)
                .contentType("application/pdf")
                .body("x".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(415);
        given().auth()
                .oauth2(TestTokens.employee("196608011988031001"))
                .contentType("text/csv")
                .body("nip\n")
                .post("/api/v1/participant-imports")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(INTEGRATION)
                .get("/api/v1/participant-imports/" + java.util.UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
