package id.talenta.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A long-running piece of work (rating import, policy re-evaluation) and its progress. */
@Entity
@Table(name = "job")
public class Job {
    @Id
    public UUID id;

    public String kind;
    public String status;
    public String detail;
    public int total;
    public int processed;
    public int succeeded;
    public int failed;
    public int changed;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> errors = new ArrayList<>();

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "finished_at")
    public OffsetDateTime finishedAt;
}
