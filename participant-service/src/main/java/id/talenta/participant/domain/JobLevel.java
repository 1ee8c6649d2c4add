package id.talenta.participant.domain;

/** A job level of the reference table: its retirement age (PP 11/2017) and default standard level. */
public record JobLevel(String code, String label, String track, int retirementAge, int defaultStandardLevel) {}
