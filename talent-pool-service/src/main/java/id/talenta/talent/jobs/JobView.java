package id.talenta.talent.jobs;

import id.talenta.talent.domain.Job;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A job resource: {id, kind, status, totals, errors}. */
public record JobView(
        UUID id,
        String kind,
        String status,
        String detail,
        Totals totals,
        List<Map<String, Object>> errors,
        String createdBy,
        String createdAt,
        String finishedAt) {

    public record Totals(int total, int processed, int succeeded, int failed, int changed) {}

    public static JobView of(Job j) {
        return new JobView(
                j.id,
                j.kind,
                j.status,
                j.detail,
                new Totals(j.total, j.processed, j.succeeded, j.failed, j.changed),
                j.errors,
                j.createdBy,
                j.createdAt == null ? null : j.createdAt.toInstant().toString(),
                j.finishedAt == null ? null : j.finishedAt.toInstant().toString());
    }
}
