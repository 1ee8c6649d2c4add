package id.talenta.talent.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Every row this service holds about one person, section by section, for the subject-access document: columns as
 * camelCase keys, timestamps as instants, dates as ISO dates, {@code *_json} columns as JSON.
 */
@ApplicationScoped
public class SubjectAccessStore {

    /** The audit entity types of successor candidacy, withheld from self-service. */
    public static final List<String> CANDIDACY_ENTITY_TYPES = List.of("candidate", "nomination", "readiness");

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    public Map<String, Object> participantReplica(UUID id) {
        return one(
                "select participant_id, revision, nip, full_name, job_level, unit_code, birth_date, retirement_date, "
                        + "status, updated_at from participant_replica where participant_id = :id",
                id);
    }

    public Map<String, Object> profileReplica(UUID id) {
        return one(
                "select participant_id, revision, nip, full_name, job_level, unit_code, jpm, potential_score, "
                        + "potential_category, cast(fit_by_job_level as text) as fit_by_job_level_json, framework_version, "
                        + "updated_at from profile_replica where participant_id = :id",
                id);
    }

    public List<Map<String, Object>> ratings(UUID id) {
        return rows(
                "select year, rating, source, recorded_by, recorded_at from performance_rating "
                        + "where participant_id = :id order by year desc",
                id);
    }

    public Map<String, Object> placement(UUID id) {
        return one(
                "select participant_id, revision, job_level, unit_code, active, box, computed_box, calibrated_box, "
                        + "performance_level, performance_year, potential_level, in_talent_pool, "
                        + "cast(recommended_actions as text) as recommended_actions_json, policy_version, explanation, "
                        + "changed_at from placement where participant_id = :id",
                id);
    }

    public List<Map<String, Object>> candidacies(UUID id) {
        return rows(
                "select c.key_position_id, k.title as position_title, k.job_level as position_job_level, "
                        + "k.unit_code as position_unit_code, c.readiness, c.computed_readiness, c.override_readiness, "
                        + "c.override_reason, c.override_by, c.override_at, c.nominated, c.nomination_reason, c.nominated_by, "
                        + "c.target_fit, c.box, c.rule, c.explanation, c.policy_version, c.revision, c.changed_at "
                        + "from candidate c join key_position k on k.id = c.key_position_id where c.participant_id = :id "
                        + "order by k.title",
                id);
    }

    public List<Map<String, Object>> placementHistory(UUID id) {
        return rows(
                "select revision, box, computed_box, calibrated, performance_level, potential_level, in_talent_pool, "
                        + "policy_version, explanation, changed_at from placement_history where participant_id = :id "
                        + "order by revision",
                id);
    }

    public List<Map<String, Object>> calibrations(UUID id) {
        return rows(
                "select box, previous_box, computed_box, reason, actor, at, review_year, ended_at, end_reason, "
                        + "end_note, ended_by from calibration where participant_id = :id order by id",
                id);
    }

    public List<Map<String, Object>> incumbentOf(UUID id) {
        return rows(
                "select id as key_position_id, title, job_level, unit_code from key_position "
                        + "where incumbent_participant_id = :id order by title",
                id);
    }

    public List<Map<String, Object>> readinessHistory(UUID id) {
        return rows(
                "select key_position_id, position_title, revision, from_readiness, to_readiness, computed_readiness, "
                        + "calibrated, target_fit, box, rule, explanation, policy_version, changed_at from readiness_change "
                        + "where participant_id = :id order by sequence",
                id);
    }

    /** The events about the person still in the outbox ({@code withoutType}: an event type left out, or null). */
    public List<Map<String, Object>> publishedEvents(UUID id, String withoutType) {
        return rows(
                "select event_id, event_type, created_at, sent_at from outbox where record_key = :id"
                        + (withoutType == null ? "" : " and event_type <> :without") + " order by id",
                withoutType == null
                        ? Map.of("id", id.toString())
                        : Map.of("id", id.toString(), "without", withoutType));
    }

    /** The audit entries about the person (entity id = theirs, or a compound id with theirs), up to 1000. */
    public List<Map<String, Object>> auditTrail(UUID id, List<String> withoutEntityTypes) {
        return rows(
                "select occurred_at, action, entity_type, entity_id, cast(array_to_json(changed_fields) as text) "
                        + "as changed_fields_json, reason from audit_log where (entity_id = :id or entity_id like :id || '/%' "
                        + "or entity_id like '%/' || :id)"
                        + (withoutEntityTypes.isEmpty() ? "" : " and entity_type <> all(cast(:without as text[]))")
                        + " order by id limit 1000",
                withoutEntityTypes.isEmpty()
                        ? Map.of("id", id.toString())
                        : Map.of("id", id.toString(), "without", withoutEntityTypes));
    }

    private Map<String, Object> one(String statement, UUID id) {
        List<Map<String, Object>> r = rows(statement, id);
        return r.isEmpty() ? null : r.get(0);
    }

    private List<Map<String, Object>> rows(String statement, UUID id) {
        return rows(statement, Map.of("id", id));
    }

    private List<Map<String, Object>> rows(String statement, Map<String, Object> parameters) {
        Sql.Statement s = sql.statement(statement);
        parameters.forEach(s::bind);
        return s.list(this::section);
    }

    private Map<String, Object> section(Row r) {
        Map<String, Object> out = new TreeMap<>();
        for (String column : r.columns()) {
            Object value = r.value(column);
            if (column.endsWith("_json")) {
                out.put(camel(column.substring(0, column.length() - 5)), json(r.string(column)));
            } else if (value instanceof LocalDate || value instanceof java.sql.Date) {
                out.put(camel(column), r.date(column).toString());
            } else if (value instanceof Temporal || value instanceof Date) {
                out.put(camel(column), r.instant(column).toString());
            } else {
                out.put(camel(column), value);
            }
        }
        return out;
    }

    private Object json(String value) {
        try {
            return value == null ? null : mapper.readTree(value);
        } catch (Exception e) {
            return value;
        }
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toLowerCase(Locale.ROOT).toCharArray()) {
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
