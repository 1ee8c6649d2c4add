package id.talenta.participant.domain;

/** One thing wrong with one field of an input (a request body or an import row). */
public record FieldIssue(String field, String message) {}
