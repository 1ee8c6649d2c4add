package id.talenta.talent.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The read side of succession: key positions, candidate lists, readiness history and feed, bench strength. */
@ApplicationScoped
public class SuccessionReadModel {

    /** One candidate on a position's list, with who they are ({@link People}). */
    public record CandidateRow(
            Person person,
            String readiness,
            String computedReadiness,
            Integer box,
            BigDecimal targetFit,
            boolean nominated,
            String nominationReason,
            String rule,
            String explanation,
            int revision,
            String changedAt,
            String overrideReadiness,
            String overrideReason,
            String overrideBy,
            String overrideAt) {}

    /** One readiness change (table readiness_change), as the history and the feed show it. */
    public record ReadinessChange(
            long sequence,
            UUID participantId,
            UUID keyPositionId,
            String positionTitle,
            int revision,
            String from,
            String to,
            String computedReadiness,
            boolean calibrated,
            BigDecimal targetFit,
            Integer box,
            String rule,
            String explanation,
            int policyVersion,
            String changedAt) {}

    /** The candidate counts of one position per readiness (the policy's first three levels and its fallback). */
    public record BenchRow(
            UUID keyPositionId,
            String title,
            String jobLevel,
            String unitCode,
            String criticality,
            UUID incumbent,
            LocalDate incumbentRetirement,
            long readyNow,
            long ready1to2Years,
            long ready3PlusYears,
            long notReady) {}

    /** Positions in all, without a ready-now successor, and the page of those the filter keeps. */
    public record Bench(long totalPositions, long withoutReadyNow, Page<BenchRow> page) {}

    private static final String SELECT_CHANGES = "select sequence, participant_id, key_position_id, position_title, "
            + "revision, from_readiness, to_readiness, target_fit, box, rule, explanation, policy_version, changed_at, "
            + "coalesce(computed_readiness, to_readiness) as computed, calibrated from readiness_change";

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    /** A page of key positions, optionally of one unit and job level. */
    public Page<KeyPosition> keyPositions(String unitCode, String jobLevel, PageRequest page) {
        String where = " where 1 = 1" + (unitCode != null ? " and k.unitCode = :unit" : "")
                + (jobLevel != null ? " and k.jobLevel = :level" : "");
        var count = em.createQuery("select count(k) from KeyPosition k" + where, Long.class);
        var list = em.createQuery(
                "select k from KeyPosition k" + where + " order by k." + page.sortField()
                        + (page.ascending() ? " asc" : " desc") + ", k.id",
                KeyPosition.class);
        if (unitCode != null) {
            count.setParameter("unit", unitCode);
            list.setParameter("unit", unitCode);
        }
        if (jobLevel != null) {
            count.setParameter("level", jobLevel);
            list.setParameter("level", jobLevel);
        }
        List<KeyPosition> items = list.setFirstResult((int) page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return Page.of(items, page, count.getSingleResult());
    }

    /** The candidates on a position's list (not INELIGIBLE), unranked. */
    public List<CandidateRow> candidates(UUID keyPositionId) {
        return sql.statement("select c.participant_id, " + People.COLUMNS + ", c.readiness, c.box, c.target_fit, "
                        + "c.nominated, c.nomination_reason, c.rule, c.explanation, c.revision, c.changed_at, "
                        + "c.computed_readiness, c.override_readiness, c.override_reason, c.override_by, c.override_at "
                        + "from candidate c" + People.join("c.participant_id")
                        + "where c.key_position_id = :id and c.readiness <> 'INELIGIBLE'")
                .bind("id", keyPositionId)
                .list(r -> new CandidateRow(
                        People.person(r),
                        r.string("readiness"),
                        r.string("computed_readiness"),
                        r.integer("box"),
                        r.decimal("target_fit"),
                        Boolean.TRUE.equals(r.bool("nominated")),
                        r.string("nomination_reason"),
                        r.string("rule"),
                        r.string("explanation"),
                        r.integer("revision"),
                        text(r.instant("changed_at")),
                        r.string("override_readiness"),
                        r.string("override_reason"),
                        r.string("override_by"),
                        text(r.instant("override_at"))));
    }

    /** Every readiness change of one candidate for one position, oldest first. */
    public List<ReadinessChange> history(UUID keyPositionId, UUID participantId) {
        return sql.statement(SELECT_CHANGES + " where key_position_id = :position and participant_id = :participant "
                        + "order by sequence")
                .bind("position", keyPositionId)
                .bind("participant", participantId)
                .list(SuccessionReadModel::change);
    }

    /** The change feed from the start, oldest first. */
    public List<ReadinessChange> changes(int limit) {
        return sql.statement(SELECT_CHANGES + " order by sequence limit :limit")
                .bind("limit", limit)
                .list(SuccessionReadModel::change);
    }

    /** The changes strictly after a sequence number. */
    public List<ReadinessChange> changesAfter(long sequence, int limit) {
        return sql.statement(SELECT_CHANGES + " where sequence > :since order by sequence limit :limit")
                .bind("since", sequence)
                .bind("limit", limit)
                .list(SuccessionReadModel::change);
    }

    /** The changes strictly after a point in time. */
    public List<ReadinessChange> changesAfter(Instant at, int limit) {
        return sql.statement(SELECT_CHANGES + " where changed_at > :since order by sequence limit :limit")
                .bind("since", at)
                .bind("limit", limit)
                .list(SuccessionReadModel::change);
    }

    /**
     * Bench strength per position: candidates counted per readiness {@code levels} (places 1–3) and
     * {@code fallback}; positions without a ready-now successor first.
     */
    public Bench bench(
            String unitCode,
            String jobLevel,
            boolean onlyWithoutReadyNow,
            List<String> levels,
            String fallback,
            PageRequest page) {
        String where = " where 1 = 1" + (unitCode != null ? " and k.unit_code = :unit" : "")
                + (jobLevel != null ? " and k.job_level = :level" : "");
        String counts = "select k.id, k.title, k.job_level, k.unit_code, k.criticality, k.incumbent_participant_id, "
                + "count(*) filter (where c.readiness = :l1) as ready_now, "
                + "count(*) filter (where c.readiness = :l2) as ready_1_2, "
                + "count(*) filter (where c.readiness = :l3) as ready_3, "
                + "count(*) filter (where c.readiness = :fallback) as not_ready "
                + "from key_position k left join candidate c on c.key_position_id = k.id" + where
                + " group by k.id";
        String filtered = "select * from (" + counts + ") b" + (onlyWithoutReadyNow ? " where b.ready_now = 0" : "");
        Row totals = bound(
                        sql.statement("select count(*) as positions, count(*) filter (where b.ready_now = 0) "
                                + "as without_ready_now from (" + counts + ") b"),
                        unitCode,
                        jobLevel,
                        levels,
                        fallback)
                .rows()
                .get(0);
        long kept = bound(
                        sql.statement("select count(*) as kept from (" + filtered + ") f"),
                        unitCode,
                        jobLevel,
                        levels,
                        fallback)
                .one(r -> r.count("kept"))
                .orElse(0L);
        List<BenchRow> items = bound(
                        sql.statement("select b.*, i.retirement_date as incumbent_retirement from ("
                                + filtered
                                + ") b left join participant_replica i on i.participant_id = b.incumbent_participant_id"
                                + " order by (b.ready_now = 0) desc, "
                                + (page.sortField().equals("title")
                                        ? "b.title"
                                        : "case b.criticality when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end")
                                + (page.ascending() ? " asc" : " desc")
                                + ", b.title, b.id limit :limit offset :offset"),
                        unitCode,
                        jobLevel,
                        levels,
                        fallback)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r -> new BenchRow(
                        r.uuid("id"),
                        r.string("title"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.string("criticality"),
                        r.uuid("incumbent_participant_id"),
                        r.date("incumbent_retirement"),
                        r.count("ready_now"),
                        r.count("ready_1_2"),
                        r.count("ready_3"),
                        r.count("not_ready")));
        return new Bench(totals.count("positions"), totals.count("without_ready_now"), Page.of(items, page, kept));
    }

    private static Sql.Statement bound(
            Sql.Statement s, String unitCode, String jobLevel, List<String> levels, String fallback) {
        s.bind("l1", levels.get(0))
                .bind("l2", levels.size() > 1 ? levels.get(1) : "")
                .bind("l3", levels.size() > 2 ? levels.get(2) : "")
                .bind("fallback", fallback);
        if (unitCode != null) {
            s.bind("unit", unitCode);
        }
        if (jobLevel != null) {
            s.bind("level", jobLevel);
        }
        return s;
    }

    private static ReadinessChange change(Row r) {
        return new ReadinessChange(
                r.count("sequence"),
                r.uuid("participant_id"),
                r.uuid("key_position_id"),
                r.string("position_title"),
                r.integer("revision"),
                r.string("from_readiness"),
                r.string("to_readiness"),
                r.string("computed"),
                Boolean.TRUE.equals(r.bool("calibrated")),
                r.decimal("target_fit"),
                r.integer("box"),
                r.string("rule"),
                r.string("explanation"),
                r.integer("policy_version"),
                text(r.instant("changed_at")));
    }

    private static String text(Instant at) {
        return PlacementStore.text(at);
    }
}
