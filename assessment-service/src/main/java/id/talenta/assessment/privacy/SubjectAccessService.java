package id.talenta.assessment.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.assessment.api.SubjectAccessDocument;
import id.talenta.assessment.api.SubjectAccessDocument.AuditEntry;
import id.talenta.assessment.api.SubjectAccessDocument.Enrollment;
import id.talenta.assessment.api.SubjectAccessDocument.HistoryEntry;
import id.talenta.assessment.api.SubjectAccessDocument.PotentialScore;
import id.talenta.assessment.api.SubjectAccessDocument.Rating;
import id.talenta.assessment.api.SubjectAccessDocument.Replica;
import id.talenta.assessment.api.SubjectAccessDocument.Result;
import id.talenta.assessment.api.SubjectAccessDocument.Revision;
import id.talenta.assessment.campaign.Rows;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gathers everything this service holds about one participant into one document (subject access request). */
@ApplicationScoped
public class SubjectAccessService {

    static final String SERVICE = "assessment-service";

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;
    @Inject SelfService selfService;
    @Inject AuditTrail audit;

    /** 404 when this service knows nothing of the participant, or (self-service) it is not the caller. */
    @Transactional
    public SubjectAccessDocument export(UUID participantId) {
        selfService.requireOwn(participantId, "Participant", participantId);
        Replica replica = replica(participantId);
        List<Enrollment> enrollments = enrollments(participantId);
        if (replica == null && enrollments.isEmpty()) {
            throw ProblemException.notFound("Participant", participantId);
        }
        List<Result> results = results(participantId);
        SubjectAccessDocument document = new SubjectAccessDocument(participantId, SERVICE, Instant.now(), replica,
                enrollments, ratings(participantId), potential(participantId), results,
                auditEntries(participantId, results.stream().map(Result::resultId).toList()));
        // The export itself is accountable: who read everything about the person, and when.
        audit.record("SUBJECT_ACCESS_EXPORT", "participant", participantId, null,
                Map.of("enrollments", enrollments.size(), "ratings", document.ratings().size(),
                        "results", document.results().size()), null);
        return document;
    }

    @SuppressWarnings("unchecked")
    private Replica replica(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("select nip, full_name, job_level, unit_code, status, revision, "
                + "updated_at from participant_replica where participant_id = ?1").setParameter(1, participantId)
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] x = rows.get(0);
        return new Replica((String) x[0], (String) x[1], (String) x[2], (String) x[3], (String) x[4],
                ((Number) x[5]).longValue(), Rows.instant(x[6]));
    }

    @SuppressWarnings("unchecked")
    private List<Enrollment> enrollments(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("select en.event_id, e.title, e.status, e.start_date, en.group_code, "
                        + "en.enrolled_at from enrollment en join assessment_event e on e.id = en.event_id "
                        + "where en.participant_id = ?1 order by en.enrolled_at, en.event_id")
                .setParameter(1, participantId).getResultList();
        return rows.stream().map(x -> new Enrollment(Rows.uuid(x[0]), (String) x[1], (String) x[2], date(x[3]),
                (String) x[4], Rows.instant(x[5]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Rating> ratings(UUID participantId) {
        List<Object[]> history = em.createNativeQuery("select event_id, method_code, competency_code, assessor_id, level, "
                        + "evidence, rated_at from rating_history where participant_id = ?1 order by id")
                .setParameter(1, participantId).getResultList();
        Map<String, List<HistoryEntry>> byCell = new HashMap<>();
        for (Object[] x : history) {
            byCell.computeIfAbsent(key(x), k -> new ArrayList<>())
                    .add(new HistoryEntry(Rows.decimal(x[4]), (String) x[5], Rows.instant(x[6])));
        }
        List<Object[]> rows = em.createNativeQuery("select event_id, method_code, competency_code, assessor_id, level, "
                        + "evidence, rated_at from rating where participant_id = ?1 "
                        + "order by event_id, method_code, competency_code, assessor_id")
                .setParameter(1, participantId).getResultList();
        return rows.stream().map(x -> new Rating(Rows.uuid(x[0]), (String) x[1], (String) x[2], Rows.uuid(x[3]),
                Rows.decimal(x[4]), (String) x[5], Rows.instant(x[6]), byCell.getOrDefault(key(x), List.of()))).toList();
    }

    private static String key(Object[] x) {
        return x[0] + "/" + x[1] + "/" + x[2] + "/" + x[3];
    }

    @SuppressWarnings("unchecked")
    private List<PotentialScore> potential(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("select s.event_id, s.aspect_code, s.score, s.assessor_id, s.scored_at "
                        + "from potential_score s join potential_aspect a on a.code = s.aspect_code "
                        + "where s.participant_id = ?1 order by s.event_id, a.position")
                .setParameter(1, participantId).getResultList();
        return rows.stream().map(x -> new PotentialScore(Rows.uuid(x[0]), (String) x[1], ((Number) x[2]).intValue(),
                Rows.uuid(x[3]), Rows.instant(x[4]))).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Result> results(UUID participantId) {
        List<Object[]> rows = em.createNativeQuery("select id, event_id, status, revision, job_level_at_assessment, "
                        + "unit_code_at_assessment, finalized_at from assessment_result where participant_id = ?1 "
                        + "order by finalized_at")
                .setParameter(1, participantId).getResultList();
        List<Result> results = new ArrayList<>();
        for (Object[] x : rows) {
            UUID resultId = Rows.uuid(x[0]);
            List<Object[]> revs = em.createNativeQuery("select revision, reason, finalized_by, finalized_at, policy, "
                            + "cast(competencies as text), cast(potential as text) from result_revision "
                            + "where result_id = ?1 order by revision")
                    .setParameter(1, resultId).getResultList();
            results.add(new Result(resultId, Rows.uuid(x[1]), (String) x[2], ((Number) x[3]).intValue(),
                    (String) x[4], (String) x[5], Rows.instant(x[6]), revs.stream().map(r -> new Revision(
                            ((Number) r[0]).intValue(), (String) r[1], Rows.uuid(r[2]), Rows.instant(r[3]),
                            (String) r[4], json(r[5]), json(r[6]))).toList()));
        }
        return results;
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> auditEntries(UUID participantId, List<UUID> resultIds) {
        String id = participantId.toString();
        List<Object[]> rows = em.createNativeQuery("select occurred_at, actor, action, entity_type, entity_id, "
                        + "changed_fields, cast(before as text), cast(after as text), reason from audit_log "
                        + "where entity_id = ?1 or entity_id like ?2 "
                        + "or entity_id = any(string_to_array(cast(?3 as text), ',')) order by id")
                .setParameter(1, id).setParameter(2, "%/" + id + "%")
                .setParameter(3, String.join(",", resultIds.stream().map(UUID::toString).toList())).getResultList();
        return rows.stream().map(x -> new AuditEntry(Rows.instant(x[0]), (String) x[1], (String) x[2], (String) x[3],
                (String) x[4], x[5] instanceof String[] a ? Arrays.asList(a) : List.of(), json(x[6]), json(x[7]),
                (String) x[8])).toList();
    }

    private static LocalDate date(Object o) {
        return o == null ? null : o instanceof Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private JsonNode json(Object o) {
        if (o == null) {
            return null;
        }
        try {
            return mapper.readTree(o.toString());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
