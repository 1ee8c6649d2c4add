package id.talenta.assessment.domain;

/** One cell of an event's method × competency matrix: this method measures this competency. */
public record MatrixCell(String method, String competency) {}
