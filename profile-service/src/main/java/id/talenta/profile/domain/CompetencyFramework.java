package id.talenta.profile.domain;

/** A framework version as profiles use it. */
public record CompetencyFramework(int version, FrameworkDefinition definition) {}
