package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

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

    /** People the file found out of service by their legal status (not activated, or deactivated). */
    @Column(name = "ended_service")
    public long endedService;

    /** Units the import created from the file's unit columns, under the file's agency. */
    @Column(name = "created_units")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] createdUnits = new String[0];

    /** Agencies the import created from the file's agency columns (none of its SIASN id was registered). */
    @Column(name = "created_agencies")
    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] createdAgencies = new String[0];

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
