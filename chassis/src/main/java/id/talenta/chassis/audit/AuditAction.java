package id.talenta.chassis.audit;

/**
 * The one vocabulary of audit actions, the same in every service: a verb, while the entity type (kebab-case,
 * singular: {@code participant}, {@code participant-replica}, {@code key-position}, ...) says what it was done to.
 * An auditor filters {@code ?action=CALIBRATE} in any service and gets the same kind of change.
 */
public enum AuditAction {
    /** Something new: a participant, unit, event, framework version, key position, policy version, job. */
    CREATE,
    /** A change of fields of something that exists. */
    UPDATE,
    /** Taken out of use but kept (a participant leaving service, a key position retired). */
    DEACTIVATE,
    /** Removed (a nomination, an assignment). */
    REMOVE,
    /** A copy of another service's data stored or refreshed from its events (replicas). */
    REPLICATE,
    /** A bulk file or national-service data taken in (the rows are audited by their own actions). */
    IMPORT,
    /** Personal data handed out (subject-access export). */
    EXPORT,
    /** A participant enrolled in an assessment event. */
    ENROLL,
    /** An assessor assigned to an assessment event. */
    ASSIGN,
    /** A rating or score given for the first time, or given again. */
    RATE,
    /** A result made final by the lead assessor (the first revision). */
    FINALIZE,
    /** A final result corrected (a new revision). */
    REVISE,
    /** A lifecycle start (an assessment event, a job). */
    START,
    /** A lifecycle end as planned. */
    COMPLETE,
    /** A lifecycle end before its time (cancelled, interrupted, failed). */
    CANCEL,
    /** A derived value computed or recomputed (a profile, a readiness). */
    COMPUTE,
    /** A derived value that lost its validity with time. */
    EXPIRE,
    /** A version made the one in force (a framework version, a policy version). */
    ACTIVATE,
    /** A nine-box placement made from the rules. */
    PLACE,
    /** A committee decision over the rules: a calibrated box, an overridden readiness. */
    CALIBRATE,
    /** A committee decision ended (withdrawn, lapsed, superseded). */
    WITHDRAW,
    /** A candidate nominated to a key position by the committee. */
    NOMINATE
}
