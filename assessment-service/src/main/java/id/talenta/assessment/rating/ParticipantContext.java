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
 * a 409 (the request conflicts with the event's current assignments). 403 is about the caller: its role, or
 * a token whose assessor identity is not the body's assessor (security/AssessorIdentity).
 */
public record ParticipantContext(UUID eventId, UUID participantId, EventStatus status, boolean assessorExists,
        boolean assigned, boolean lead, String groupCode, String nip, String fullName, String jobLevel,
        String unitCode, UUID resultId, int revision, String jobLevelAtAssessment, String unitCodeAtAssessment,
        String ratingsJson, String potentialJson) {

    /** The participant's ratings and potential scores, as JSON arrays, read in the same round trip. */
    private static final String WORK = ", (select cast(json_agg(json_build_array(x.method_code, x.competency_code, "
            + "x.assessor_id, x.level, x.evidence, x.rated_at) order by x.rated_at, x.assessor_id) as text) "
            + "from rating x where x.event_id = e.id and x.participant_id = en.participant_id), "
            + "(select cast(json_agg(json_build_array(s.aspect_code, s.score) order by a.position) as text) "
            + "from potential_score s join potential_aspect a on a.code = s.aspect_code "
            + "where s.event_id = e.id and s.participant_id = en.participant_id) ";

    public static ParticipantContext load(EntityManager em, UUID eventId, UUID participantId, UUID assessorId) {
        return load(em, eventId, participantId, assessorId, false);
    }

    /**
     * One query for everything the result paths need: event status, assignment, enrollment, replica, result and
     * (with {@code withWork}) the participant's ratings and potential scores as JSON.
     */
    @SuppressWarnings("unchecked")
    public static ParticipantContext load(EntityManager em, UUID eventId, UUID participantId, UUID assessorId,
            boolean withWork) {
        List<Object[]> rows = em.createNativeQuery("select e.status, "
                        + "exists (select 1 from assessor a where a.id = cast(?2 as uuid)), ea.assessor_id, ea.lead, "
                        + "en.group_code, p.nip, p.full_name, p.job_level, p.unit_code, "
                        + "r.id, r.revision, r.job_level_at_assessment, r.unit_code_at_assessment "
                        + (withWork ? WORK : ", null, null ")
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
                x[10] == null ? 0 : ((Number) x[10]).intValue(), (String) x[11], (String) x[12], (String) x[13],
                (String) x[14]);
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
