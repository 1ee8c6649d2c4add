package id.talenta.talent.domain;

/** Succession readiness of a candidate for a key position, best first; INELIGIBLE means off the list. */
public enum Readiness {
    READY_NOW, READY_1_2_YEARS, READY_3_PLUS_YEARS, NOT_READY, INELIGIBLE;

    /** Readiness a committee may set by override (not INELIGIBLE: nobody is removed or excluded by override). */
    public static final java.util.List<Readiness> OVERRIDABLE = java.util.List.of(READY_NOW, READY_1_2_YEARS,
            READY_3_PLUS_YEARS, NOT_READY);

    /**
     * Whether a committee override decides the readiness: always, except while the eligibility rules exclude the
     * person (inactive, incumbent, retiring soon, out of scope) — an override never overrides a hard exclusion.
     */
    public static boolean overrideApplies(Readiness computed) {
        return computed != INELIGIBLE;
    }

    /** The readiness that counts: the committee's override where it applies, else the computed one. */
    public static Readiness effective(Readiness computed, Readiness override) {
        return override != null && overrideApplies(computed) ? override : computed;
    }

    public static java.util.Optional<Readiness> parse(String code) {
        for (Readiness r : values()) {
            if (r.name().equals(code)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
