package id.talenta.talent.domain;

import java.util.Optional;

/** Potential axis of the nine-box, as profile-service categorises the potential score. */
public enum PotentialLevel {
    RENDAH,
    MENENGAH,
    TINGGI;

    public static Optional<PotentialLevel> parse(String code) {
        for (PotentialLevel level : values()) {
            if (level.name().equals(code)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
