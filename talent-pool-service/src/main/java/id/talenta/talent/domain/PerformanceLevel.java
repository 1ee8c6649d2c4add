package id.talenta.talent.domain;

/** Performance axis of the nine-box: di atas ekspektasi, sesuai, di bawah ekspektasi. */
public enum PerformanceLevel {
    BELOW,
    MEETS,
    ABOVE
}
