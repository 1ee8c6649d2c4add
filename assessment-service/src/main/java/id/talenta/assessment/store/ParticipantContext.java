package id.talenta.assessment.store;

import id.talenta.assessment.domain.EventStatus;
import id.talenta.assessment.domain.Potential;
import id.talenta.chassis.problem.ProblemException;
import java.util.List;
import java.util.UUID;

/**
 * Everything the rating and result paths must know about one participant in one event (and the acting
 * assessor), read in a single query ({@link ResultStore#context}).
 *
 * <p>Decision (documented in the README): an assessor id that does not exist is a 422 (a referenced entity in the
 * body does not exist); an existing assessor who is not assigned to the event, or not a lead when finalizing, is
 * a 409 (the request conflicts with the event's current assignments). 403 is about the caller: its role, or
 * a token whose assessor identity is not the body's assessor (security/AssessorIdentity).
 *
 * @param ratings the participant's ratings, oldest first (empty unless read with the work)
 * @param potential the participant's potential scores in aspect order, or null (unless read with the work)
 */
public record ParticipantContext(
        UUID eventId,
        UUID participantId,
        EventStatus status,
        boolean assessorExists,
        boolean assigned,
        boolean lead,
        String groupCode,
        String nip,
        String fullName,
        String jobLevel,
        String unitCode,
        UUID resultId,
        int revision,
        String jobLevelAtAssessment,
        String unitCodeAtAssessment,
        List<StoredRating> ratings,
        Potential potential) {

    /** 404 unless the participant is enrolled in the event. */
    public ParticipantContext requireEnrolled() {
        if (groupCode == null) {
            throw ProblemException.notFound(
                    "Participant " + participantId + " in assessment event", eventId + " (not enrolled)");
        }
        return this;
    }

    public boolean finalized() {
        return resultId != null;
    }

    /** The assessor must exist (422) and be assigned to the event (409). */
    public void requireAssigned(String field, UUID assessorId) {
        if (!assessorExists) {
            throw ProblemException.unprocessable(field, "assessor " + assessorId + " does not exist");
        }
        if (!assigned) {
            throw ProblemException.conflict("assessor " + assessorId + " is not assigned to event " + eventId);
        }
    }

    /** The assessor must exist (422), be assigned to the event and be one of its leads (409). */
    public void requireLead(String field, UUID assessorId) {
        requireAssigned(field, assessorId);
        if (!lead) {
            throw ProblemException.conflict("assessor " + assessorId + " is not a lead assessor of event " + eventId
                    + "; only a lead assessor may finalize or revise results");
        }
    }

    public void requireRatable() {
        if (!status.acceptsRatings()) {
            throw ProblemException.conflict(
                    "event " + eventId + " is " + status + "; ratings are taken only while it is IN_PROGRESS");
        }
        if (finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " is finalized (revision "
                    + revision + "); ratings can no longer change, corrections are result revisions");
        }
    }
}
