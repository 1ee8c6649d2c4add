package id.talenta.assessment.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The event row; its methods, matrix and groups live in child tables, read as an {@link EventDefinition}. */
@Entity
@Table(name = "assessment_event")
public class AssessmentEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String organizer;

    @Column(name = "assessor_institution")
    public String assessorInstitution;

    public String venue;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
