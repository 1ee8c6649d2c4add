package id.talenta.profile.api;

import id.talenta.profile.store.FrameworkRecord;
import java.time.Instant;

public record FrameworkSummary(
        int version,
        String status,
        String name,
        int competencyCount,
        String jpmFormula,
        Instant createdAt,
        Instant activatedAt) {

    static FrameworkSummary of(FrameworkRecord r) {
        return new FrameworkSummary(
                r.version(),
                r.status(),
                r.definition().name(),
                r.definition().competencies().size(),
                r.definition().jpmPolicy().formula().name(),
                r.createdAt(),
                r.activatedAt());
    }
}
