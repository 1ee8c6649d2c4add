package id.talenta.profile.store;

import id.talenta.profile.domain.CompetencyFramework;
import id.talenta.profile.domain.FrameworkDefinition;
import java.time.Instant;

/** A stored framework version. */
public record FrameworkRecord(
        int version,
        String status,
        FrameworkDefinition definition,
        Instant createdAt,
        String createdBy,
        Instant activatedAt) {

    public CompetencyFramework framework() {
        return new CompetencyFramework(version, definition);
    }
}
