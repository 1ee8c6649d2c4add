package id.talenta.participant.domain;

/** A problem with one row of an import or national-sync job: row number, NIP (when known), field, message. */
public record ImportRowError(long row, String nip, String field, String message) {}
