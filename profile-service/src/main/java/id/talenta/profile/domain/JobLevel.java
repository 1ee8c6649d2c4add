package id.talenta.profile.domain;

import java.util.Arrays;
import java.util.Optional;

/** Job level (jenjang jabatan), the axis every competency standard hangs on. */
public enum JobLevel {
    JPT_UTAMA,
    JPT_MADYA,
    JPT_PRATAMA,
    ADMINISTRATOR,
    PENGAWAS,
    AHLI_UTAMA,
    AHLI_MADYA,
    AHLI_MUDA,
    AHLI_PERTAMA,
    PENYELIA,
    MAHIR,
    TERAMPIL,
    PEMULA,
    PELAKSANA;

    public static Optional<JobLevel> parse(String value) {
        return value == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(l -> l.name().equals(value)).findFirst();
    }
}
