package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;

/** A long-running import (file upload or national sync): status and counters, updated batch by batch. */
@Entity
@Table(name = "import_job")
public class ImportJob {
    @Id
    public UUID id;

    public String kind;
    public String mode;

    @Column(name = "dry_run")
    public boolean dryRun;

    public String format;
    public String status;

    @Column(name = "total_rows")
    public long totalRows;

    @Column(name = "processed_rows")
    public long processedRows;

    public long created;
    public long updated;
    public long unchanged;
    public long rejected;

    @Column(name = "failure_reason")
    public String failureReason;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** Roles of the requester (for the audit rows the job writes); known only to the instance that accepted it. */
    @Transient
    public String[] requesterRoles = new String[0];
    /** Correlation id of the request that started the job (for its audit rows). */
    @Transient
    public String correlationId;
}
