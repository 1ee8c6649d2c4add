package id.talenta.participant.api;

import id.talenta.participant.domain.ImportJob;
import java.time.Instant;
import java.util.UUID;

/** State of an import or national-sync job. totalRows is an estimate (line count) until the job ends. */
public record ImportJobResponse(
        UUID id,
        String kind,
        String status,
        String mode,
        boolean dryRun,
        String format,
        long totalRows,
        long processedRows,
        long created,
        long updated,
        long unchanged,
        long rejected,
        String failureReason,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {

    public static ImportJobResponse of(ImportJob j) {
        return new ImportJobResponse(
                j.id,
                j.kind,
                j.status,
                j.mode,
                j.dryRun,
                j.format,
                j.totalRows,
                j.processedRows,
                j.created,
                j.updated,
                j.unchanged,
                j.rejected,
                j.failureReason,
                j.createdAt,
                j.startedAt,
                j.finishedAt);
    }
}
