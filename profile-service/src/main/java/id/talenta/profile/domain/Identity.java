package id.talenta.profile.domain;

/** Who the profile is about, as far as this service knows (replica first, the event otherwise). */
public record Identity(String nip, String fullName, JobLevel jobLevel, String unitCode, String jobLevelSource) {}
