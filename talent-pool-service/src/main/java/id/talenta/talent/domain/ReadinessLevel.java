package id.talenta.talent.domain;

/** One readiness level of the policy: its code, its place (1 = best) and the label people read. */
public record ReadinessLevel(String code, int order, String label) {}
