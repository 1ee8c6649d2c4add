package id.talenta.talent.talent;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything talent-pool-service holds about one person, as one document, for a subject access request
 * (UU 27/2022 on personal data protection). participant-service gathers it from every service. For a self-service
 * (employee) request the succession sections are withheld and the document says so: whether someone is a successor
 * candidate is the committee's working data, not disclosed to the person through self-service.
 */
@ApplicationScoped
public class SubjectAccess {

    public static final String WITHHELD_NOTE = "Successor candidacies and readiness (candidacies, readinessHistory, "
            + "succession.readiness.changed events and candidate audit entries) are held by this service but are not "
            + "disclosed through self-service; a subject access request through the agency's HR officer includes them.";

    /** The document; a section is an empty list or null when nothing is held, and absent only when withheld. */
    public record Document(UUID participantId, String service, String generatedAt, String legalBasis,
            boolean selfService, Map<String, Object> participantReplica, Map<String, Object> profileReplica,
            List<Map<String, Object>> performanceRatings, Map<String, Object> placement,
            List<Map<String, Object>> placementHistory, List<Map<String, Object>> boxCalibrations,
            List<Map<String, Object>> incumbentOfKeyPositions,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<Map<String, Object>> candidacies,
            @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
            List<Map<String, Object>> readinessHistory,
            List<Map<String, Object>> publishedEvents, List<Map<String, Object>> auditTrail, List<String> withheld,
            String note) {}

    @Inject EntityManager em;
    @Inject ObjectMapper mapper;
    @Inject AuditTrail audit;

    /** The document, or empty when this service holds nothing about the person. */
    @Transactional
    public Optional<Document> export(UUID id, boolean selfService) {
        Map<String, Object> replica = one("select participant_id, revision, nip, full_name, job_level, unit_code, "
                + "birth_date, retirement_date, status, updated_at from participant_replica where participant_id = ?1", id);
        Map<String, Object> profile = one("select participant_id, revision, nip, full_name, job_level, unit_code, jpm, "
                + "potential_score, potential_category, cast(fit_by_job_level as text) as fit_by_job_level_json, "
                + "framework_version, updated_at from profile_replica where participant_id = ?1", id);
        List<Map<String, Object>> ratings = rows("select year, rating, source, recorded_by, recorded_at "
                + "from performance_rating where participant_id = ?1 order by year desc", id);
        Map<String, Object> placement = one("select participant_id, revision, job_level, unit_code, active, box, "
                + "computed_box, calibrated_box, performance_level, performance_year, potential_level, in_talent_pool, "
                + "cast(recommended_actions as text) as recommended_actions_json, policy_version, explanation, changed_at "
                + "from placement where participant_id = ?1", id);
        List<Map<String, Object>> candidacies = selfService ? null : rows("select c.key_position_id, k.title as "
                + "position_title, k.job_level as position_job_level, k.unit_code as position_unit_code, c.readiness, "
                + "c.computed_readiness, c.override_readiness, c.override_reason, c.override_by, c.override_at, "
                + "c.nominated, c.nomination_reason, c.nominated_by, c.target_fit, c.box, c.rule, c.explanation, "
                + "c.policy_version, c.revision, c.changed_at from candidate c join key_position k on k.id = c.key_position_id "
                + "where c.participant_id = ?1 order by k.title", id);
        if (replica == null && profile == null && placement == null && ratings.isEmpty()
                && (candidacies == null || candidacies.isEmpty())) {
            return Optional.empty();
        }
        List<Map<String, Object>> history = rows("select revision, box, computed_box, calibrated, performance_level, "
                + "potential_level, in_talent_pool, policy_version, explanation, changed_at from placement_history "
                + "where participant_id = ?1 order by revision", id);
        List<Map<String, Object>> calibrations = rows("select box, previous_box, computed_box, reason, actor, at, "
                + "review_year, ended_at, end_reason, end_note, ended_by "
                + "from calibration where participant_id = ?1 order by id", id);
        List<Map<String, Object>> incumbent = rows("select id as key_position_id, title, job_level, unit_code "
                + "from key_position where incumbent_participant_id = ?1 order by title", id);
        List<Map<String, Object>> readiness = selfService ? null : rows("select key_position_id, position_title, "
                + "revision, from_readiness, to_readiness, computed_readiness, calibrated, target_fit, box, rule, "
                + "explanation, policy_version, changed_at from readiness_change where participant_id = ?1 order by sequence", id);
        List<Map<String, Object>> published = rows("select event_id, event_type, created_at, sent_at from outbox "
                + "where record_key = ?1" + (selfService ? " and event_type <> 'succession.readiness.changed'" : "")
                + " order by id", id.toString());
        List<Map<String, Object>> auditTrail = rows("select occurred_at, action, entity_type, entity_id, "
                + "cast(array_to_json(changed_fields) as text) as changed_fields_json, reason from audit_log "
                + "where (entity_id = ?1 or entity_id like ?1 || '/%' or entity_id like '%/' || ?1)"
                + (selfService ? " and entity_type <> 'candidate'" : "") + " order by id limit 1000", id.toString());
        List<String> withheld = selfService ? List.of("candidacies", "readinessHistory") : List.of();
        audit.record("SUBJECT_ACCESS_EXPORT", "participant", id, null, Map.of("selfService", selfService), null);
        return Optional.of(new Document(id, "talent-pool-service",
                OffsetDateTime.now(ZoneOffset.UTC).toInstant().toString(),
                "UU 27/2022 (Pelindungan Data Pribadi): the data subject's right of access", selfService, replica,
                profile, ratings, placement, history, calibrations, incumbent, candidacies, readiness, published,
                auditTrail, withheld, selfService ? WITHHELD_NOTE
                        : "Complete: every table of talent-pool-service that holds data about this person. Sent "
                                + "events are kept in the outbox for its retention period (default 7 days)."));
    }

    private Map<String, Object> one(String sql, Object param) {
        List<Map<String, Object>> r = rows(sql, param);
        return r.isEmpty() ? null : r.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String sql, Object param) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tuple t : (List<Tuple>) em.createNativeQuery(sql, Tuple.class).setParameter(1, param).getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (TupleElement<?> e : t.getElements()) {
                String column = e.getAlias();
                Object value = t.get(column);
                if (column.endsWith("_json")) {
                    column = column.substring(0, column.length() - 5);
                    value = json(value);
                }
                row.put(camel(column), plain(value));
            }
            out.add(row);
        }
        return out;
    }

    private Object json(Object value) {
        try {
            return value == null ? null : mapper.readTree(value.toString());
        } catch (Exception e) {
            return value.toString();
        }
    }

    private static Object plain(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (value instanceof Instant t) {
            return t.toString();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (value instanceof java.time.LocalDate d) {
            return d.toString();
        }
        return value;
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return b.toString();
    }
}
