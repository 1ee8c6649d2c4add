package id.talenta.profile.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.ProfileDocument;
import id.talenta.profile.domain.ResultSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The write side's statements: the result revision guard, the profile history (append-only) and the latest-profile
 * tables it keeps in step (a handful of statements per event, in the caller's transaction).
 */
@ApplicationScoped
public class ProfileStore {

    private static final String LATEST_COLUMNS = "participant_id, profile_id, revision, nip, full_name, job_level, "
            + "unit_code, framework_version, assessment_event_id, result_revision, assessment_date, finalized_at, "
            + "outcome_fingerprint, cast(input as text) as input, document->'source'->>'resultId' as result_id, jpm, "
            + "mapping_category, selection_category, potential_category";

    @Inject
    Sql sql;

    @Inject
    ObjectMapper mapper;

    // ---- revision guard -----------------------------------------------------------------------------------

    /** Records the result revision for (participant, assessment event); false when it is not newer than the last. */
    public boolean advanceWatermark(UUID participantId, UUID assessmentEventId, int revision, Instant finalizedAt) {
        return sql.statement("insert into result_watermark (participant_id, assessment_event_id, result_revision, "
                                + "finalized_at) values (:participantId, :assessmentEventId, :revision, :finalizedAt) "
                                + "on conflict (participant_id, assessment_event_id) do update "
                                + "set result_revision = excluded.result_revision, finalized_at = excluded.finalized_at "
                                + "where result_watermark.result_revision < excluded.result_revision")
                        .bind("participantId", participantId)
                        .bind("assessmentEventId", assessmentEventId)
                        .bind("revision", revision)
                        .bind("finalizedAt", finalizedAt)
                        .execute()
                == 1;
    }

    // ---- latest profile -----------------------------------------------------------------------------------

    public Optional<LatestProfile> latest(UUID participantId, boolean forUpdate) {
        return sql.statement("select " + LATEST_COLUMNS + " from latest_profile where participant_id = :participantId"
                        + (forUpdate ? " for update" : ""))
                .bind("participantId", participantId)
                .one(this::latestRow);
    }

    /** A page of latest profiles in participant id order after {@code after}, locked for a recomputation. */
    public List<LatestProfile> latestBatchForUpdate(UUID after, int size) {
        return sql.statement("select " + LATEST_COLUMNS + " from latest_profile where participant_id > :after "
                        + "order by participant_id limit :size for update")
                // PostgreSQL orders uuids as unsigned bytes: nil is the minimum
                .bind("after", after == null ? new UUID(0L, 0L) : after)
                .bind("size", size)
                .list(this::latestRow);
    }

    /**
     * Claims up to {@code size} latest profiles still current on a day after their validity ({@code valid_until <
     * today}); rows another instance is expiring are skipped, not waited for.
     */
    public List<Expiring> lockExpiring(LocalDate today, int size) {
        return sql.statement("select participant_id, valid_until from latest_profile where not expired "
                        + "and valid_until < :today order by participant_id limit :size for update skip locked")
                .bind("today", today)
                .bind("size", size)
                .list(r -> new Expiring(r.uuid("participant_id"), r.date("valid_until")));
    }

    /** A latest profile past its validity, with the last day it counted. */
    public record Expiring(UUID participantId, LocalDate validUntil) {}

    /** The last day the latest profile's result counts (null: none recorded). */
    public LocalDate validUntil(UUID participantId) {
        return sql.statement("select valid_until from latest_profile where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> r.date("valid_until"))
                .orElse(null);
    }

    /** The latest profile document of a participant (as stored). */
    public ProfileDocument latestDocument(UUID participantId) {
        return read(
                sql.statement("select cast(document as text) as document from latest_profile "
                                + "where participant_id = :participantId")
                        .bind("participantId", participantId)
                        .one(r -> r.string("document"))
                        .orElseThrow(),
                ProfileDocument.class);
    }

    public long countLatest() {
        return sql.statement("select count(*) as total from latest_profile")
                .one(r -> r.count("total"))
                .orElse(0L);
    }

    private LatestProfile latestRow(Row r) {
        ResultSource source = new ResultSource(
                r.uuid("assessment_event_id"),
                r.uuid("result_id"),
                r.integer("result_revision"),
                r.instant("finalized_at"),
                r.date("assessment_date"));
        return new LatestProfile(
                r.uuid("participant_id"),
                r.uuid("profile_id"),
                r.integer("revision"),
                r.string("nip"),
                r.string("full_name"),
                JobLevel.valueOf(r.string("job_level")),
                r.string("unit_code"),
                r.integer("framework_version"),
                source,
                r.string("outcome_fingerprint"),
                read(r.string("input"), AssessmentInput.class),
                r.decimal("jpm"),
                r.string("mapping_category"),
                r.string("selection_category"),
                r.string("potential_category"));
    }

    /**
     * Appends the version to the history and makes it the latest: profile insert, latest upsert, and the
     * latest competency rows replaced (four statements, whatever the number of competencies). Returns the JSON.
     */
    public String saveVersion(ProfileDocument doc, AssessmentInput input, String fingerprint) {
        String json = write(doc);
        sql.statement(
                        "insert into profile (id, participant_id, revision, nip, job_level, unit_code, framework_version, "
                                + "assessment_event_id, result_id, result_revision, jpm, mapping_category, reason, computed_at, document) "
                                + "values (:id, :participantId, :revision, :nip, :jobLevel, :unitCode, :frameworkVersion, "
                                + ":assessmentEventId, :resultId, :resultRevision, :jpm, :mappingCategory, :reason, :computedAt, "
                                + "cast(:document as jsonb))")
                .bind("id", doc.profileId())
                .bind("participantId", doc.participantId())
                .bind("revision", doc.revision())
                .bind("nip", doc.nip())
                .bind("jobLevel", doc.jobLevel())
                .bind("unitCode", doc.unitCode())
                .bind("frameworkVersion", doc.frameworkVersion())
                .bind("assessmentEventId", doc.source().assessmentEventId())
                .bind("resultId", doc.source().resultId())
                .bind("resultRevision", doc.source().resultRevision())
                .bind("jpm", doc.jpm())
                .bind("mappingCategory", doc.mappingCategory())
                .bind("reason", doc.reason())
                .bind("computedAt", doc.computedAt())
                .bind("document", json)
                .execute();
        sql.statement("insert into latest_profile (participant_id, profile_id, revision, nip, full_name, job_level, "
                        + "unit_code, framework_version, assessment_event_id, result_revision, assessment_date, finalized_at, jpm, "
                        + "mapping_category, selection_category, potential_score, potential_category, computed_at, "
                        + "outcome_fingerprint, input, document, valid_until, expired) values (:participantId, :profileId, "
                        + ":revision, :nip, :fullName, :jobLevel, :unitCode, :frameworkVersion, :assessmentEventId, "
                        + ":resultRevision, cast(:assessmentDate as date), :finalizedAt, :jpm, :mappingCategory, "
                        + ":selectionCategory, :potentialScore, :potentialCategory, :computedAt, :fingerprint, "
                        + "cast(:input as jsonb), cast(:document as jsonb), cast(:validUntil as date), :expired) "
                        + "on conflict (participant_id) do update set "
                        + "profile_id = excluded.profile_id, revision = excluded.revision, nip = excluded.nip, "
                        + "full_name = excluded.full_name, job_level = excluded.job_level, unit_code = excluded.unit_code, "
                        + "framework_version = excluded.framework_version, assessment_event_id = excluded.assessment_event_id, "
                        + "result_revision = excluded.result_revision, assessment_date = excluded.assessment_date, "
                        + "finalized_at = excluded.finalized_at, jpm = excluded.jpm, mapping_category = excluded.mapping_category, "
                        + "selection_category = excluded.selection_category, potential_score = excluded.potential_score, "
                        + "potential_category = excluded.potential_category, computed_at = excluded.computed_at, "
                        + "outcome_fingerprint = excluded.outcome_fingerprint, input = excluded.input, document = excluded.document, "
                        + "valid_until = excluded.valid_until, expired = excluded.expired")
                .bind("participantId", doc.participantId())
                .bind("profileId", doc.profileId())
                .bind("revision", doc.revision())
                .bind("nip", doc.nip())
                .bind("fullName", doc.fullName())
                .bind("jobLevel", doc.jobLevel())
                .bind("unitCode", doc.unitCode())
                .bind("frameworkVersion", doc.frameworkVersion())
                .bind("assessmentEventId", doc.source().assessmentEventId())
                .bind("resultRevision", doc.source().resultRevision())
                .bind("assessmentDate", text(doc.source().assessmentDate()))
                .bind("finalizedAt", doc.source().finalizedAt())
                .bind("jpm", doc.jpm())
                .bind("mappingCategory", doc.mappingCategory())
                .bind("selectionCategory", doc.selectionCategory())
                .bind("potentialScore", doc.potential().score())
                .bind("potentialCategory", doc.potential().category())
                .bind("computedAt", doc.computedAt())
                .bind("fingerprint", fingerprint)
                .bind("input", write(input))
                .bind("document", json)
                .bind("validUntil", text(doc.validUntil()))
                .bind("expired", doc.expired())
                .execute();
        sql.statement("delete from latest_profile_competency where participant_id = :participantId")
                .bind("participantId", doc.participantId())
                .execute();
        sql.statement(
                        "insert into latest_profile_competency (participant_id, code, type, unit_code, job_level, required, "
                                + "achieved, gap, meets) select :participantId, c.code, c.type, :unitCode, :jobLevel, c.required, "
                                + "c.achieved, c.gap, c.meets from jsonb_to_recordset(cast(:document as jsonb) -> 'competencies') "
                                + "as c(code text, type text, required numeric, achieved numeric, gap numeric, meets boolean)")
                .bind("participantId", doc.participantId())
                .bind("unitCode", doc.unitCode())
                .bind("jobLevel", doc.jobLevel())
                .bind("document", json)
                .execute();
        return json;
    }

    /** Keeps who-and-where of the latest profile in step with the replica (no new version: the outcome is unchanged). */
    public void syncIdentity(UUID participantId, String nip, String fullName, String unitCode) {
        sql.statement(
                        "update latest_profile set nip = :nip, full_name = :fullName, unit_code = :unitCode, "
                                + "document = document || jsonb_build_object('nip', cast(:nip as text), 'fullName', "
                                + "cast(:fullName as text), 'unitCode', cast(:unitCode as text)) where participant_id = :participantId")
                .bind("nip", nip)
                .bind("fullName", fullName)
                .bind("unitCode", unitCode)
                .bind("participantId", participantId)
                .execute();
        sql.statement(
                        "update latest_profile_competency set unit_code = :unitCode where participant_id = :participantId "
                                + "and unit_code <> :unitCode")
                .bind("unitCode", unitCode)
                .bind("participantId", participantId)
                .execute();
    }

    /** A nullable date as the text PostgreSQL casts (a null stays an untyped null). */
    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read stored " + type.getSimpleName(), e);
        }
    }
}
