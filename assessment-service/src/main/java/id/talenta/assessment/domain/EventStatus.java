package id.talenta.assessment.domain;

/** Lifecycle states of an assessment event. */
public enum EventStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED;

    /** Ratings and potential scores are only taken while the event runs. */
    public boolean acceptsRatings() {
        return this == IN_PROGRESS;
    }

    /** Results are decided in the wash-up, while the event runs or after it completed. */
    public boolean acceptsResults() {
        return this == IN_PROGRESS || this == COMPLETED;
    }

    /** Enrollment is open until the event is over. */
    public boolean acceptsEnrollment() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
