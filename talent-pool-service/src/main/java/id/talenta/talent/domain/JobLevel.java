package id.talenta.talent.domain;

import java.util.Optional;

/** Jenjang jabatan: the axis every standard hangs on (docs/domain.md, "People and positions"). */
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

    public static Optional<JobLevel> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (JobLevel level : values()) {
            if (level.name().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
