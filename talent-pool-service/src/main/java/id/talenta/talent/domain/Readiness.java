package id.talenta.talent.domain;

/** Succession readiness of a candidate for a key position, best first; INELIGIBLE means off the list. */
public enum Readiness {
    READY_NOW, READY_1_2_YEARS, READY_3_PLUS_YEARS, NOT_READY, INELIGIBLE;

    public static java.util.Optional<Readiness> parse(String code) {
        for (Readiness r : values()) {
            if (r.name().equals(code)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
