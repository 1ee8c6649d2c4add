package id.talenta.bench;

/** Synthetic Indonesian names, deterministic by index (no real people). */
final class Names {

    private static final String[] FIRST = {
        "Agus",
        "Budi",
        "Citra",
        "Dewi",
        "Eko",
        "Fitri",
        "Gilang",
        "Hendra",
        "Indah",
        "Joko",
        "Kartika",
        "Lestari",
        "Made",
        "Nur",
        "Oktavia",
        "Putu",
        "Rahmat",
        "Sari",
        "Taufik",
        "Utami",
        "Wahyu",
        "Yuliana",
        "Zainal",
        "Ayu",
        "Bambang",
        "Dian",
        "Endang",
        "Fajar",
        "Hadi",
        "Irawati",
        "Kurniawan",
        "Ratna"
    };
    private static final String[] LAST = {
        "Santoso",
        "Wibowo",
        "Lestari",
        "Saputra",
        "Hidayat",
        "Kusuma",
        "Pratama",
        "Susanti",
        "Nugroho",
        "Rahayu",
        "Setiawan",
        "Wulandari",
        "Siregar",
        "Nasution",
        "Harahap",
        "Simanjuntak",
        "Hutapea",
        "Sembiring",
        "Purnomo",
        "Yulianti",
        "Gunawan",
        "Handayani",
        "Firmansyah",
        "Permata"
    };

    private Names() {}

    static String name(int i) {
        return FIRST[Math.floorMod(i * 7 + i / 31, FIRST.length)] + " "
                + LAST[Math.floorMod(i * 13 + i / 17, LAST.length)];
    }
}
