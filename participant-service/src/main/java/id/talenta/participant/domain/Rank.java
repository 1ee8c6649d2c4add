package id.talenta.participant.domain;

/** A rank of the reference table (PNS golongan/ruang with its SIASN code, or a PPPK grade). */
public record Rank(String code, String employmentType, String siasnCode, String label) {}
