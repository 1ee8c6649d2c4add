package id.talenta.participant.api;

import id.talenta.participant.domain.ImportJob;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * State of an import or national-sync job. totalRows is an estimate (line count) until the job ends; endedService
 * counts the people whose legal status ends service (kept inactive, or deactivated); createdUnits and
 * createdAgencies list what the import created from the file's unit and agency columns.
 */
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
        long endedService,
        List<String> createdUnits,
        List<String> createdAgencies,
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
                j.endedService,
                List.of(j.createdUnits),
                List.of(j.createdAgencies),
                j.failureReason,
                j.createdAt,
                j.startedAt,
                j.finishedAt);
    }
}
