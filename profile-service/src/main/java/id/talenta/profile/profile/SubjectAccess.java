package id.talenta.profile.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.talenta.chassis.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Everything this service holds about one person, as one document, for a subject access request (UU 27/2022):
 * the participant replica, the latest profile with the assessment input it was computed from, every profile
 * version as stored (competencies, JPM, categories, potential, development needs, fit by job level, explanation),
 * the result revisions seen per assessment, and the processing history from the audit trail (without the
 * officers' identities). Handing it out is itself recorded in the audit trail.
 */
@ApplicationScoped
public class SubjectAccess {

    public static final String ENTITY = "subject-access";

    @Inject ProfileRepository sql;
    @Inject ObjectMapper mapper;
    @Inject AuditTrail audit;

    /**
     * The export, or empty when this service holds nothing about the participant or {@code mayRead} rejects the
     * NIP this service knows for them (self-service: not the caller's own data).
     */
    @Transactional
    public Optional<ObjectNode> export(UUID participantId, Predicate<String> mayRead) {
        List<ObjectNode> replica = sql.query("select participant_id, nip, full_name, job_level, unit_code, status, "
                + "revision, updated_at from participant_replica where participant_id = ?",
                ps -> ps.setObject(1, participantId), rs -> {
                    ObjectNode r = mapper.createObjectNode();
                    r.put("participantId", rs.getString(1)).put("nip", rs.getString(2)).put("fullName", rs.getString(3))
                            .put("jobLevel", rs.getString(4)).put("unitCode", rs.getString(5))
                            .put("status", rs.getString(6)).put("revision", rs.getInt(7))
                            .put("updatedAt", instant(rs.getObject(8, OffsetDateTime.class)));
                    return r;
                });
        List<ObjectNode> latest = sql.query("select nip, document::text, input::text, computed_at from latest_profile "
                + "where participant_id = ?", ps -> ps.setObject(1, participantId), rs -> {
                    ObjectNode l = mapper.createObjectNode();
                    l.put("nip", rs.getString(1));
                    l.set("profile", json(rs.getString(2)));
                    l.set("assessmentInput", json(rs.getString(3)));
                    return l;
                });
        if (replica.isEmpty() && latest.isEmpty()) {
            return Optional.empty();
        }
        String nip = !replica.isEmpty() ? replica.get(0).get("nip").asText() : latest.get(0).get("nip").asText();
        if (!mayRead.test(nip)) {
            return Optional.empty();
        }
        ObjectNode out = mapper.createObjectNode();
        out.put("participantId", participantId.toString());
        out.put("service", "profile-service");
        out.put("generatedAt", Instant.now().toString());
        out.put("description", "Everything profile-service holds about this person: the participant data it "
                + "replicates from participant-service, every competency profile version computed from their "
                + "assessment results (with the fit against every job level and the explanation, as stored), the "
                + "assessment input of the latest profile, the result revisions received, and the processing history.");
        out.set("participantReplica", replica.isEmpty() ? null : replica.get(0));
        if (latest.isEmpty()) {
            out.putNull("latestProfile");
            out.putNull("latestAssessmentInput");
        } else {
            out.set("latestProfile", latest.get(0).get("profile"));
            out.set("latestAssessmentInput", latest.get(0).get("assessmentInput"));
        }
        ArrayNode versions = out.putArray("profileVersions");
        sql.query("select document::text from profile where participant_id = ? order by revision",
                ps -> ps.setObject(1, participantId), rs -> json(rs.getString(1))).forEach(versions::add);
        ArrayNode watermarks = out.putArray("resultRevisionsReceived");
        sql.query("select assessment_event_id, result_revision, finalized_at from result_watermark "
                + "where participant_id = ? order by finalized_at", ps -> ps.setObject(1, participantId), rs -> {
                    ObjectNode w = mapper.createObjectNode();
                    w.put("assessmentEventId", rs.getString(1)).put("resultRevision", rs.getInt(2))
                            .put("finalizedAt", instant(rs.getObject(3, OffsetDateTime.class)));
                    return w;
                }).forEach(watermarks::add);
        ArrayNode history = out.putArray("processingHistory");
        sql.query("select occurred_at, action, entity_type, changed_fields, reason from audit_log "
                + "where entity_id = ? order by id", ps -> ps.setString(1, participantId.toString()), rs -> {
                    ObjectNode h = mapper.createObjectNode();
                    h.put("occurredAt", instant(rs.getObject(1, OffsetDateTime.class))).put("action", rs.getString(2))
                            .put("entityType", rs.getString(3));
                    ArrayNode fields = h.putArray("changedFields");
                    for (String f : (String[]) rs.getArray(4).getArray()) {
                        fields.add(f);
                    }
                    h.put("reason", rs.getString(5));
                    return h;
                }).forEach(history::add);
        audit.record("EXPORT", ENTITY, participantId, null, Map.of("profileVersions", versions.size(),
                "participantReplica", !replica.isEmpty()), "subject access request");
        return Optional.of(out);
    }

    private JsonNode json(String text) {
        return text == null ? null : sql.read(text, JsonNode.class);
    }

    private static String instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
