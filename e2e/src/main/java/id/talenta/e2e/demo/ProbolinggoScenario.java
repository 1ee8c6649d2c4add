package id.talenta.e2e.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The deterministic data set of the demo, shaped like the assessment the platform was commissioned
 * from (docs/domain.md, "The story"): Pemkab Probolinggo, 14 May 2025, 215 participants in three groups.
 * Everything here is synthetic (names, NIPs); the same seed always gives the same people and scores.
 */
public final class ProbolinggoScenario {

    public static final String EVENT_TITLE = "Penilaian Kompetensi ASN Pemerintah Kabupaten Probolinggo 2025";
    public static final LocalDate EVENT_DATE = LocalDate.of(2025, 5, 14);
    public static final int PERFORMANCE_YEAR = 2024;

    public record Unit(String code, String name, String parentCode) {}

    /** An agency (instansi) and the root unit of its tree. */
    public record Agency(String code, String name, String rootUnit) {}

    /**
     * Pemkab Probolinggo, whose civil servants the demo assesses, and Pemkab Sidoarjo, whose BKD runs the UPTD
     * assessment centre (UPTD Penilaian Kompetensi) whose assessors assess Probolinggo.
     */
    public static final List<Agency> AGENCIES = List.of(
            new Agency("PROBOLINGGO", "Pemerintah Kabupaten Probolinggo", "PEMKAB"),
            new Agency("SIDOARJO", "Pemerintah Kabupaten Sidoarjo", "SDA-PEMKAB"));

    public record Person(
            String key,
            String nip,
            String fullName,
            String frontTitle,
            String backTitle,
            String rank,
            String positionTitle,
            String jobLevel,
            String unitCode,
            String group,
            double ability,
            Map<String, Double> competencyOffsets,
            boolean hasPotential,
            String performance) {}

    public record Assessor(String name, String certificateNumber, String institution, boolean lead) {}

    public record KeyPosition(
            String title, String jobLevel, String unitCode, String incumbentKey, String criticality) {}

    public record Group(String code, String name, List<String> jobLevels, int capacity) {}

    public static final List<String> COMPETENCIES = List.of(
            "INTEGRITAS",
            "KERJASAMA",
            "KOMUNIKASI",
            "ORIENTASI_HASIL",
            "PELAYANAN_PUBLIK",
            "PENGEMBANGAN_DIRI_ORANG_LAIN",
            "MENGELOLA_PERUBAHAN",
            "PENGAMBILAN_KEPUTUSAN",
            "PEREKAT_BANGSA");

    /** Which method measures which competency; every competency is seen by at least two methods. */
    public static final Map<String, List<String>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put(
                "PSYCHOLOGICAL_TEST",
                List.of(
                        "INTEGRITAS",
                        "ORIENTASI_HASIL",
                        "PENGEMBANGAN_DIRI_ORANG_LAIN",
                        "MENGELOLA_PERUBAHAN",
                        "PENGAMBILAN_KEPUTUSAN"));
        MATRIX.put("INTERVIEW", COMPETENCIES);
        MATRIX.put(
                "GROUP_DISCUSSION",
                List.of(
                        "KERJASAMA",
                        "KOMUNIKASI",
                        "ORIENTASI_HASIL",
                        "PELAYANAN_PUBLIK",
                        "PENGAMBILAN_KEPUTUSAN",
                        "PEREKAT_BANGSA"));
    }

    public static final List<String> POTENTIAL_ASPECTS = List.of(
            "INTELLECTUAL_ABILITY",
            "INTERPERSONAL",
            "SELF_AWARENESS",
            "CRITICAL_STRATEGIC_THINKING",
            "PROBLEM_SOLVING",
            "EMOTIONAL_INTELLIGENCE",
            "GROWTH_MINDSET",
            "GRIT");

    public static final List<Group> GROUPS = List.of(
            new Group("A", "Administrator dan Fungsional Ahli Madya", List.of("ADMINISTRATOR", "AHLI_MADYA"), 85),
            new Group("B", "Pengawas dan Fungsional Ahli Muda", List.of("PENGAWAS", "AHLI_MUDA"), 100),
            new Group("C", "Pelaksana", List.of("PELAKSANA"), 30));

    public static final List<Unit> UNITS = List.of(
            new Unit("PEMKAB", "Pemerintah Kabupaten Probolinggo", null),
            new Unit("SDA-PEMKAB", "Pemerintah Kabupaten Sidoarjo", null),
            new Unit("SDA-BKD", "Badan Kepegawaian Daerah Kabupaten Sidoarjo", "SDA-PEMKAB"),
            new Unit("SDA-UPTD-PK", "UPTD Penilaian Kompetensi ASN, BKD Kabupaten Sidoarjo", "SDA-BKD"),
            new Unit("SETDA", "Sekretariat Daerah", "PEMKAB"),
            new Unit("SETDA-ORG", "Bagian Organisasi", "SETDA"),
            new Unit("SETDA-HKM", "Bagian Hukum", "SETDA"),
            new Unit("SETDA-PBJ", "Bagian Pengadaan Barang dan Jasa", "SETDA"),
            new Unit("SETDPRD", "Sekretariat DPRD", "PEMKAB"),
            new Unit("INSPEKTORAT", "Inspektorat Daerah", "PEMKAB"),
            new Unit("BAPPEDA", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "PEMKAB"),
            new Unit("BKPSDM", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "PEMKAB"),
            new Unit("BKPSDM-PK", "Bidang Pengembangan Kompetensi", "BKPSDM"),
            new Unit("BKPSDM-MUT", "Bidang Mutasi dan Promosi", "BKPSDM"),
            new Unit("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", "PEMKAB"),
            new Unit("BAPENDA", "Badan Pendapatan Daerah", "PEMKAB"),
            new Unit("BPBD", "Badan Penanggulangan Bencana Daerah", "PEMKAB"),
            new Unit("BAKESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "PEMKAB"),
            new Unit("DISDIK", "Dinas Pendidikan", "PEMKAB"),
            new Unit("DINKES", "Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana", "PEMKAB"),
            new Unit("RSUD-WALUYO", "RSUD Waluyo Jati Kraksaan", "DINKES"),
            new Unit("DPUPR", "Dinas Pekerjaan Umum dan Penataan Ruang", "PEMKAB"),
            new Unit("DISPERKIM", "Dinas Perumahan, Kawasan Permukiman dan Pertanahan", "PEMKAB"),
            new Unit("SATPOLPP", "Satuan Polisi Pamong Praja", "PEMKAB"),
            new Unit("DINSOS", "Dinas Sosial", "PEMKAB"),
            new Unit("DISPENDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "PEMKAB"),
            new Unit("DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "PEMKAB"),
            new Unit("DISHUB", "Dinas Perhubungan", "PEMKAB"),
            new Unit("DISKOMINFO", "Dinas Komunikasi dan Informatika", "PEMKAB"),
            new Unit("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "PEMKAB"),
            new Unit("DISPERTA", "Dinas Pertanian", "PEMKAB"),
            new Unit("DISKAN", "Dinas Perikanan", "PEMKAB"),
            new Unit("DISPARBUD", "Dinas Pariwisata, Kebudayaan, Pemuda dan Olahraga", "PEMKAB"),
            new Unit("DLH", "Dinas Lingkungan Hidup", "PEMKAB"),
            new Unit("KEC-KRAKSAAN", "Kecamatan Kraksaan", "PEMKAB"),
            new Unit("KEC-DRINGU", "Kecamatan Dringu", "PEMKAB"));

    public static final List<Assessor> ASSESSORS = List.of(
            new Assessor("Dr. Retno Wulandari, M.Psi., Psikolog", "AK-3515-0001", INSTITUTION(), true),
            new Assessor("Hendra Kurniawan, S.Psi., M.Si.", "AK-3515-0002", INSTITUTION(), false),
            new Assessor("Dwi Ayu Lestari, S.Psi., M.M.", "AK-3515-0003", INSTITUTION(), false),
            new Assessor("Moch. Arif Setiawan, S.Sos., M.AP.", "AK-3515-0004", INSTITUTION(), false));

    public static String INSTITUTION() {
        return "UPTD Penilaian Kompetensi ASN BKD Kabupaten Sidoarjo";
    }

    private static final String[] MALE = {
        "Agus",
        "Budi",
        "Hendra",
        "Wahyu",
        "Eko",
        "Yusuf",
        "Ahmad",
        "Bambang",
        "Joko",
        "Rizki",
        "Arif",
        "Taufik",
        "Hadi",
        "Teguh",
        "Fajar",
        "Imam",
        "Slamet",
        "Suryo",
        "Rudi",
        "Andi",
        "Bagus",
        "Dimas",
        "Heru",
        "Mochamad",
        "Nanang",
        "Sugeng",
        "Yudi",
        "Zainal",
        "Irfan",
        "Lutfi"
    };
    private static final String[] FEMALE = {
        "Siti", "Dewi", "Rina", "Sri", "Nur", "Dian", "Fitri", "Retno", "Ratna", "Indah", "Endang", "Putri", "Ayu",
        "Yuni", "Wulan", "Anik", "Eka", "Lilik", "Nining", "Rahma", "Tutik", "Umi", "Vivi", "Winda", "Yanti", "Kartika",
        "Laila", "Mega", "Novi", "Oktavia"
    };
    private static final String[] FAMILY = {
        "Santoso",
        "Wibowo",
        "Hidayat",
        "Prasetyo",
        "Setiawan",
        "Kurniawan",
        "Rahayu",
        "Wulandari",
        "Susanti",
        "Saputra",
        "Nugroho",
        "Hartono",
        "Lestari",
        "Permana",
        "Fauzi",
        "Maulana",
        "Purnomo",
        "Handayani",
        "Sulistyo",
        "Firmansyah",
        "Hakim",
        "Rosyidi",
        "Sutrisno",
        "Wijaya",
        "Utami",
        "Anggraini",
        "Syahputra",
        "Pratama",
        "Hasanah",
        "Mubarok"
    };

    private static final String[] DEGREES = {"S.Sos.", "S.E.", "S.H.", "S.Kom.", "S.T.", "S.Pd.", "S.KM.", "S.IP."};
    private static final String[] MASTERS = {"M.Si.", "M.M.", "M.AP.", "M.Pd.", "M.Kes.", "M.T."};

    private final Random random = new Random(20250514L);
    private final Set<String> usedNips = new HashSet<>();
    private final Set<String> usedNames = new HashSet<>();
    private final List<Person> people = new ArrayList<>();
    private final List<KeyPosition> keyPositions = new ArrayList<>();

    public ProbolinggoScenario() {
        List<Unit> agencies =
                UNITS.stream().filter(u -> "PEMKAB".equals(u.parentCode())).toList();
        // Group A: 60 administrators (heads of division, secretaries) and 25 functional ahli madya.
        for (int i = 0; i < 60; i++) {
            Unit u = agencies.get(i % agencies.size());
            people.add(person(
                    "A",
                    "ADMINISTRATOR",
                    i < 7 ? 1967 + i % 3 : 1970 + random.nextInt(14),
                    u,
                    (i % 2 == 0 ? "Kepala Bidang " : "Sekretaris ") + shortName(u),
                    i % 2 == 0 ? "IV/a" : "III/d"));
        }
        for (int i = 0; i < 25; i++) {
            Unit u = agencies.get((i * 3) % agencies.size());
            people.add(person(
                    "A",
                    "AHLI_MADYA",
                    1968 + random.nextInt(14),
                    u,
                    pick(new String[] {
                        "Analis Kebijakan Ahli Madya",
                        "Perencana Ahli Madya",
                        "Auditor Ahli Madya",
                        "Pranata Komputer Ahli Madya"
                    }),
                    pick(new String[] {"IV/a", "IV/b", "IV/c"})));
        }
        // Group B: 70 supervisors (kepala seksi / subbagian) and 30 functional ahli muda.
        for (int i = 0; i < 70; i++) {
            Unit u = agencies.get((i * 7) % agencies.size());
            people.add(person(
                    "B",
                    "PENGAWAS",
                    1974 + random.nextInt(16),
                    u,
                    (i % 3 == 0 ? "Kepala Subbagian Umum dan Kepegawaian " : "Kepala Seksi ") + shortName(u),
                    pick(new String[] {"III/c", "III/d"})));
        }
        for (int i = 0; i < 30; i++) {
            Unit u = agencies.get((i * 5) % agencies.size());
            people.add(person(
                    "B",
                    "AHLI_MUDA",
                    1978 + random.nextInt(14),
                    u,
                    pick(new String[] {
                        "Analis SDM Aparatur Ahli Muda",
                        "Pranata Komputer Ahli Muda",
                        "Perencana Ahli Muda",
                        "Penyuluh Pertanian Ahli Muda",
                        "Epidemiolog Kesehatan Ahli Muda"
                    }),
                    pick(new String[] {"III/c", "III/d"})));
        }
        // Group C: 30 staff.
        for (int i = 0; i < 30; i++) {
            Unit u = agencies.get((i * 11) % agencies.size());
            people.add(person(
                    "C",
                    "PELAKSANA",
                    1980 + random.nextInt(18),
                    u,
                    pick(new String[] {
                        "Pengadministrasi Perkantoran",
                        "Pengolah Data dan Informasi",
                        "Penata Layanan Operasional",
                        "Pengelola Keuangan"
                    }),
                    pick(new String[] {"II/c", "II/d", "III/a", "III/b"})));
        }
        // Heads of agencies (JPT pratama), incumbents of key positions; not assessed in this event.
        String[][] heads = {
            {"BKPSDM", "1967"}, {"BAPPEDA", "1968"}, {"DISDIK", "1966"}, {"DINKES", "1970"}, {"BPKAD", "1971"}
        };
        for (String[] h : heads) {
            Unit u = UNITS.stream()
                    .filter(x -> x.code().equals(h[0]))
                    .findFirst()
                    .orElseThrow();
            Person head = person(null, "JPT_PRATAMA", Integer.parseInt(h[1]), u, "Kepala " + u.name(), "IV/c");
            people.add(head);
            keyPositions.add(new KeyPosition("Kepala " + u.name(), "JPT_PRATAMA", u.code(), head.key(), "HIGH"));
        }
        // Secretaries and heads of division held by (older) administrators of group A.
        List<Person> admins = people.stream()
                .filter(p -> "ADMINISTRATOR".equals(p.jobLevel()))
                .limit(7)
                .toList();
        String[][] adminPositions = {
            {"Sekretaris Dinas Pendidikan", "DISDIK", "MEDIUM"},
            {"Sekretaris Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana", "DINKES", "MEDIUM"},
            {"Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "HIGH"},
            {"Kepala Bidang Pengembangan Kompetensi", "BKPSDM-PK", "HIGH"},
            {"Kepala Bidang Anggaran BPKAD", "BPKAD", "MEDIUM"},
            {"Kepala Bidang Perencanaan dan Pendanaan Pembangunan", "BAPPEDA", "MEDIUM"},
            {"Kepala Bagian Organisasi", "SETDA-ORG", "LOW"}
        };
        for (int i = 0; i < adminPositions.length; i++) {
            keyPositions.add(new KeyPosition(
                    adminPositions[i][0],
                    "ADMINISTRATOR",
                    adminPositions[i][1],
                    admins.get(i).key(),
                    adminPositions[i][2]));
        }
    }

    public List<Person> people() {
        return people;
    }

    public List<Person> assessed() {
        return people.stream().filter(p -> p.group() != null).toList();
    }

    public List<KeyPosition> keyPositions() {
        return keyPositions;
    }

    /** The rating of one cell: the person's ability for the competency plus this method's noise. */
    public double rating(Person p, String method, String competency) {
        long seed = (p.nip() + method + competency).hashCode();
        double noise = new Random(seed).nextGaussian() * 0.3;
        return clampToQuarter(p.ability() + p.competencyOffsets().get(competency) + noise);
    }

    /** Potential aspect scores (1–5) for the people who took the potential assessment. */
    public int potentialScore(Person p, String aspect) {
        long seed = (p.nip() + aspect).hashCode();
        double base = 3.4 + (p.ability() - requiredFor(p.jobLevel())) * 1.2 + new Random(seed).nextGaussian() * 0.6;
        return (int) Math.max(1, Math.min(5, Math.round(base)));
    }

    public static int requiredFor(String jobLevel) {
        return switch (jobLevel) {
            case "JPT_UTAMA", "JPT_MADYA" -> 5;
            case "JPT_PRATAMA", "AHLI_UTAMA" -> 4;
            case "ADMINISTRATOR", "AHLI_MADYA" -> 3;
            case "PENGAWAS", "AHLI_MUDA", "PENYELIA" -> 2;
            default -> 1;
        };
    }

    private Person person(String group, String jobLevel, int birthYear, Unit unit, String title, String rank) {
        boolean female = random.nextBoolean();
        String name;
        do {
            name = pick(female ? FEMALE : MALE) + " " + pick(FAMILY);
        } while (!usedNames.add(name) && usedNames.size() < 800);
        LocalDate birth = LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28));
        int cpnsYear = Math.min(2020, birthYear + 23 + random.nextInt(6));
        String nip;
        do {
            nip = String.format(
                    "%04d%02d%02d%04d%02d%d%03d",
                    birth.getYear(),
                    birth.getMonthValue(),
                    birth.getDayOfMonth(),
                    cpnsYear,
                    1 + random.nextInt(12),
                    female ? 2 : 1,
                    1 + random.nextInt(999));
        } while (!usedNips.add(nip));
        // Ability around the job level's standard: most meet it, some exceed it, some fall short.
        double ability = requiredFor(jobLevel) + 0.15 + random.nextGaussian() * 0.55;
        Map<String, Double> offsets = new LinkedHashMap<>();
        for (String c : COMPETENCIES) {
            offsets.put(c, random.nextGaussian() * 0.35);
        }
        double r = random.nextDouble();
        double boost = ability - requiredFor(jobLevel);
        String performance = r < 0.2 + Math.max(0, boost) * 0.3
                ? "SANGAT_BAIK"
                : r < 0.88 ? "BAIK" : r < 0.96 ? "BUTUH_PERBAIKAN" : "KURANG";
        String back =
                ("ADMINISTRATOR".equals(jobLevel) || "AHLI_MADYA".equals(jobLevel) || "JPT_PRATAMA".equals(jobLevel))
                        ? pick(DEGREES) + ", " + pick(MASTERS)
                        : "PELAKSANA".equals(jobLevel) ? null : pick(DEGREES);
        String front = "JPT_PRATAMA".equals(jobLevel) && random.nextInt(3) == 0 ? "Dr." : null;
        return new Person(
                "P" + people.size(),
                nip,
                name,
                front,
                back,
                rank,
                title,
                jobLevel,
                unit.code(),
                group,
                ability,
                offsets,
                group != null && random.nextInt(10) < 6,
                performance);
    }

    private static double clampToQuarter(double v) {
        double clamped = Math.max(1.0, Math.min(5.0, v));
        return Math.round(clamped * 4) / 4.0;
    }

    private static String shortName(Unit u) {
        return u.name();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
