package id.talenta.profile.domain;

public record LevelDescriptor(int level, String descriptor) {}
