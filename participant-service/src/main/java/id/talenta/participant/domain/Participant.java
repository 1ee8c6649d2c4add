package id.talenta.participant.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A registered civil servant. Persistence only: the rules live in {@link ParticipantRules}. */
@Entity
@Table(name = "participant")
public class Participant {

    /** The entity type of its audit rows. */
    public static final String AUDIT_TYPE = "participant";

    @Id
    public UUID id;

    public String nip;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "front_title")
    public String frontTitle;

    @Column(name = "back_title")
    public String backTitle;

    @Column(name = "employment_type")
    public String employmentType;

    public String rank;

    @Column(name = "position_title")
    public String positionTitle;

    @Column(name = "job_level")
    public String jobLevel;

    @Column(name = "unit_code")
    public String unitCode;

    public String email;
    public String phone;

    @Column(name = "education_level")
    public String educationLevel;

    @Column(name = "education_major")
    public String educationMajor;

    @Column(name = "birth_date")
    public LocalDate birthDate;

    public String gender;

    @Column(name = "cpns_start_month")
    public String cpnsStartMonth;

    @Column(name = "retirement_date")
    public LocalDate retirementDate;

    public String status;

    @Column(name = "deactivation_reason")
    public String deactivationReason;
    /** Incremented by the service on every real change; equals the revision of the last event. */
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public ParticipantState state() {
        return new ParticipantState(
                id,
                nip,
                fullName,
                frontTitle,
                backTitle,
                employmentType,
                rank,
                positionTitle,
                jobLevel,
                unitCode,
                email,
                phone,
                educationLevel,
                educationMajor,
                birthDate,
                gender,
                cpnsStartMonth,
                retirementDate,
                status,
                deactivationReason,
                version);
    }

    public void apply(ParticipantState s) {
        id = s.id();
        nip = s.nip();
        fullName = s.fullName();
        frontTitle = s.frontTitle();
        backTitle = s.backTitle();
        employmentType = s.employmentType();
        rank = s.rank();
        positionTitle = s.positionTitle();
        jobLevel = s.jobLevel();
        unitCode = s.unitCode();
        email = s.email();
        phone = s.phone();
        educationLevel = s.educationLevel();
        educationMajor = s.educationMajor();
        birthDate = s.birthDate();
        gender = s.gender();
        cpnsStartMonth = s.cpnsStartMonth();
        retirementDate = s.retirementDate();
        status = s.status();
        deactivationReason = s.deactivationReason();
        version = s.version();
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
