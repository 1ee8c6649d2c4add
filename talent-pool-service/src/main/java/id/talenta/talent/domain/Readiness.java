package id.talenta.talent.domain;

/**
 * A succession readiness code. The set of readiness levels (code, order, label) is data, part of the versioned
 * readiness policy ({@link ReadinessPolicy#levels()}; by default READY_NOW, READY_1_2_YEARS, READY_3_PLUS_YEARS,
 * NOT_READY). The one code the platform itself defines is {@link #INELIGIBLE}: not a level but "off the list", what
 * the eligibility rules give.
 */
public record Readiness(String code) {

    /** Off the candidate list (the eligibility rules exclude the person); never set by override. */
    public static final Readiness INELIGIBLE = new Readiness("INELIGIBLE");

    public Readiness {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a readiness code is required");
        }
    }

    public static Readiness of(String code) {
        return new Readiness(code);
    }

    /** The code (as stored and published; JSON writes the readiness as its code, api.DomainJson). */
    @Override
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }

    /**
     * Whether a committee override decides the readiness: always, except while the eligibility rules exclude the
     * person (inactive, incumbent, retiring soon, out of scope) — an override never overrides a hard exclusion.
     */
    public static boolean overrideApplies(Readiness computed) {
        return !INELIGIBLE.equals(computed);
    }

    /** The readiness that counts: the committee's override where it applies, else the computed one. */
    public static Readiness effective(Readiness computed, Readiness override) {
        return override != null && overrideApplies(computed) ? override : computed;
    }
}
