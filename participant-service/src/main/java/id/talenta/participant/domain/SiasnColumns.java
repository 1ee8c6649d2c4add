package id.talenta.participant.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column names of import files as HR offices download them (docs/siasn.md, section 1): SIASN's "Export Data
 * ASN" in snake_case (lower case today, upper case in older files), the older SAPK export's variants, the web
 * service's camelCase names and the API's own field names, each matched without regard to case and turned into
 * the one name the import reads. Also how the export writes a value: an apostrophe that keeps a number as text, and
 * {@code null} for no value.
 */
public final class SiasnColumns {

    /** Export (and SAPK) columns the import reads, lower-cased, with the name the import reads them by. */
    private static final Map<String, String> EXPORT = Map.ofEntries(
            Map.entry("nip_baru", "nipBaru"),
            Map.entry("nama", "nama"),
            Map.entry("gelar_depan", "gelarDepan"),
            Map.entry("gelar_belakang", "gelarBelakang"),
            Map.entry("gelar_blk", "gelarBelakang"),
            Map.entry("tanggal_lahir", "tglLahir"),
            Map.entry("tgl_lahir", "tglLahir"),
            Map.entry("jenis_kelamin", "jenisKelamin"),
            Map.entry("gol_akhir_id", "golRuangAkhirId"),
            Map.entry("gol_id", "golRuangAkhirId"),
            Map.entry("jenis_jabatan_id", "jenisJabatanId"),
            Map.entry("jabatan_nama", "jabatanNama"),
            Map.entry("eselon_id", "eselonId"),
            Map.entry("unor_id", "unorId"),
            Map.entry("unor_nama", "unorNama"),
            Map.entry("kedudukan_hukum_id", "kedudukanHukumId"),
            Map.entry("kedudukan_hukum_nama", "kedudukanHukumNama"),
            Map.entry("nomor_hp", "phone"),
            Map.entry("email", "email"),
            Map.entry("tingkat_pendidikan_nama", "educationLevel"),
            Map.entry("pendidikan_nama", "educationMajor"),
            Map.entry("instansi_kerja_id", "instansiKerjaId"),
            Map.entry("instansi_kerja_nama", "instansiKerjaNama"));

    /** The names the import reads (the API's and the web service's), to match them without regard to case. */
    private static final List<String> READ = List.of(
            "nip",
            "fullName",
            "frontTitle",
            "backTitle",
            "employmentType",
            "rank",
            "positionTitle",
            "jobLevel",
            "unitCode",
            "email",
            "phone",
            "educationLevel",
            "educationMajor",
            "nipBaru",
            "nama",
            "gelarDepan",
            "gelarBelakang",
            "tglLahir",
            "jenisKelamin",
            "golRuangAkhirId",
            "eselonId",
            "jenisJabatanId",
            "jabatanFungsional",
            "jabatanFungsionalNama",
            "jabatanNama",
            "unorId",
            "unorNama",
            "kedudukanHukumId",
            "kedudukanHukumNama",
            "kedudukanPnsId",
            "kedudukanPnsNama",
            "instansiKerjaId",
            "instansiKerjaNama");

    private static final Map<String, String> BY_LOWER = new HashMap<>();

    static {
        READ.forEach(n -> BY_LOWER.put(n.toLowerCase(Locale.ROOT), n));
        BY_LOWER.putAll(EXPORT);
    }

    private SiasnColumns() {}

    /** The name the import reads column {@code header} by; a column it does not read keeps its own name. */
    public static String canonical(String header) {
        String h = header.strip();
        return BY_LOWER.getOrDefault(h.toLowerCase(Locale.ROOT), h);
    }

    /**
     * A value as the export writes it: surrounding blanks and an apostrophe that keeps a number as text
     * ({@code '196608011988031001}) removed; empty, {@code null} and {@code undefined} are no value (null).
     */
    public static String value(String raw) {
        if (raw == null) {
            return null;
        }
        String v = raw.strip();
        if (v.startsWith("'")) {
            v = v.substring(1).strip();
        }
        if (v.isEmpty() || v.equalsIgnoreCase("null") || v.equalsIgnoreCase("undefined")) {
            return null;
        }
        return v;
    }
}
