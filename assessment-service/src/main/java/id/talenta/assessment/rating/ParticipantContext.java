package id.talenta.assessment.rating;

import id.talenta.assessment.campaign.Rows;
import id.talenta.assessment.domain.EventStatus;
import id.talenta.chassis.problem.ProblemException;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * Everything the rating and result paths must know about one participant in one event (and the acting
 * assessor), read in a single query.
 *
 * <p>Decision (documented in the README): an assessor id that does not exist is a 422 (a referenced entity in the
 * body does not exist); an existing assessor who is not assigned to the event, or not a lead when finalizing, is
 * a 409 (the request conflicts with the event's current assignments). 403 stays reserved for token roles.
 */
public record ParticipantContext(UUID eventId, UUID participantId, EventStatus status, boolean assessorExists,
        boolean assigned, boolean lead, String groupCode, String nip, String fullName, String jobLevel,
        String unitCode, UUID resultId, int revision, String jobLevelAtAssessment, String unitCodeAtAssessment) {

    @SuppressWarnings("unchecked")
    public static ParticipantContext load(EntityManager em, UUID eventId, UUID participantId, UUID assessorId) {
        List<Object[]> rows = em.createNativeQuery("select e.status, "
                        + "exists (select 1 from assessor a where a.id = cast(?2 as uuid)), ea.assessor_id, ea.lead, "
                        + "en.group_code, p.nip, p.full_name, p.job_level, p.unit_code, "
                        + "r.id, r.revision, r.job_level_at_assessment, r.unit_code_at_assessment "
                        + "from assessment_event e "
                        + "left join event_assessor ea on ea.event_id = e.id and ea.assessor_id = cast(?2 as uuid) "
                        + "left join enrollment en on en.event_id = e.id and en.participant_id = ?3 "
                        + "left join participant_replica p on p.participant_id = en.participant_id "
                        + "left join assessment_result r on r.event_id = e.id and r.participant_id = en.participant_id "
                        + "where e.id = ?1")
                .setParameter(1, eventId)
                .setParameter(2, assessorId == null ? null : assessorId.toString())
                .setParameter(3, participantId)
                .getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Assessment event", eventId);
        }
        Object[] x = rows.get(0);
        if (x[4] == null) {
            throw ProblemException.notFound("Participant " + participantId + " in assessment event", eventId
                    + " (not enrolled)");
        }
        return new ParticipantContext(eventId, participantId, EventStatus.valueOf((String) x[0]),
                Boolean.TRUE.equals(x[1]), x[2] != null, Boolean.TRUE.equals(x[3]), (String) x[4], (String) x[5],
                (String) x[6], (String) x[7], (String) x[8], Rows.uuid(x[9]),
                x[10] == null ? 0 : ((Number) x[10]).intValue(), (String) x[11], (String) x[12]);
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
            throw ProblemException.conflict("event " + eventId + " is " + status
                    + "; ratings are taken only while it is IN_PROGRESS");
        }
        if (finalized()) {
            throw ProblemException.conflict("the result of participant " + participantId + " is finalized (revision "
                    + revision + "); ratings can no longer change, corrections are result revisions");
        }
    }
}
