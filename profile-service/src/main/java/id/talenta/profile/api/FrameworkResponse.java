package id.talenta.profile.api;

import id.talenta.profile.domain.CompetencyDefinition;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.JpmPolicy;
import id.talenta.profile.domain.PotentialPolicy;
import id.talenta.profile.store.FrameworkRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public record FrameworkResponse(
        int version,
        String status,
        String name,
        List<CompetencyDefinition> competencies,
        Map<JobLevel, Map<String, Integer>> standard,
        JpmPolicy jpmPolicy,
        PotentialPolicy potentialPolicy,
        Instant createdAt,
        String createdBy,
        Instant activatedAt) {

    static FrameworkResponse of(FrameworkRecord r) {
        return new FrameworkResponse(
                r.version(),
                r.status(),
                r.definition().name(),
                r.definition().competencies(),
                r.definition().standard(),
                r.definition().jpmPolicy(),
                r.definition().potentialPolicy(),
                r.createdAt(),
                r.createdBy(),
                r.activatedAt());
    }
}
