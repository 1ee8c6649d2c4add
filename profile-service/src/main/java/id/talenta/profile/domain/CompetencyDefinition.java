package id.talenta.profile.domain;

import java.util.List;

public record CompetencyDefinition(
        String code, String name, CompetencyType type, String definition, List<LevelDescriptor> levels) {}
