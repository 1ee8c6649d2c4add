package id.talenta.talent.store;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Sql;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.domain.SkpRating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/** The read side of placements: the SKP years the performance axis reads, the grid, its members, the history. */
@ApplicationScoped
public class PlacementStore {

    /** One placement history entry (table placement_history). */
    public record HistoryEntry(
            int revision,
            int box,
            int computedBox,
            boolean calibrated,
            String performanceLevel,
            String potentialLevel,
            boolean inTalentPool,
            int policyVersion,
            String explanation,
            String changedAt) {}

    /** One member of the grid or the pool. */
    public record TalentSummary(
            UUID participantId,
            String nip,
            String fullName,
            String jobLevel,
            String unitCode,
            int box,
            int computedBox,
            boolean calibrated,
            String performanceLevel,
            String potentialLevel,
            boolean inTalentPool) {}

    @Inject
    Sql sql;

    @Inject
    EntityManager em;

    /** The placements of the given participants (absent ids have none). */
    public Map<UUID, Placement> placements(Collection<UUID> ids) {
        Map<UUID, Placement> out = new HashMap<>();
        em.createQuery("select p from Placement p where p.participantId in :ids", Placement.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(p -> out.put(p.participantId, p));
        return out;
    }

    /**
     * The latest {@code years} SKP ratings of each participant (year → rating), for a whole batch. A join with the
     * unnested ids, not {@code = any(...)}, which PostgreSQL checks element by element on every row.
     */
    public Map<UUID, NavigableMap<Integer, SkpRating>> latestRatings(Collection<UUID> ids, int years) {
        Map<UUID, NavigableMap<Integer, SkpRating>> ratings = new HashMap<>();
        Sql.Statement statement = years == 1
                ? sql.statement("select distinct on (r.participant_id) r.participant_id, r.rating, r.year "
                        + "from unnest(cast(:ids as uuid[])) as ids(id) join performance_rating r "
                        + "on r.participant_id = ids.id order by r.participant_id, r.year desc")
                : sql.statement("select participant_id, rating, year from (select r.participant_id, r.rating, r.year, "
                                + "row_number() over (partition by r.participant_id order by r.year desc) as n "
                                + "from unnest(cast(:ids as uuid[])) as ids(id) join performance_rating r "
                                + "on r.participant_id = ids.id) x where n <= :years")
                        .bind("years", years);
        statement
                .bind("ids", ids)
                .rows()
                .forEach(r -> ratings.computeIfAbsent(r.uuid("participant_id"), k -> new TreeMap<>())
                        .put(r.integer("year"), SkpRating.valueOf(r.string("rating"))));
        return ratings;
    }

    /** The latest {@code years} SKP ratings of one participant (year → rating). */
    public NavigableMap<Integer, SkpRating> latestRatings(UUID participantId, int years) {
        NavigableMap<Integer, SkpRating> ratings = new TreeMap<>();
        sql.statement("select rating, year from performance_rating where participant_id = :id "
                        + "order by year desc limit :years")
                .bind("id", participantId)
                .bind("years", years)
                .rows()
                .forEach(r -> ratings.put(r.integer("year"), SkpRating.valueOf(r.string("rating"))));
        return ratings;
    }

    /** Active placements per box, optionally of one unit and job level. */
    public Map<Integer, Long> countsByBox(String unitCode, String jobLevel) {
        return filtered(
                        sql.statement("select box, count(*) as members from placement p where p.active"
                                + filters(unitCode, jobLevel) + " group by box"),
                        unitCode,
                        jobLevel,
                        null)
                .map(r -> r.integer("box"), r -> r.count("members"));
    }

    /** A page of active placements, of one box or of the pool, with who they are ({@link People}). */
    public Page<TalentSummary> members(
            Integer box, boolean poolOnly, String unitCode, String jobLevel, PageRequest page) {
        String where = " where p.active" + (box != null ? " and p.box = :box" : "")
                + (poolOnly ? " and p.in_talent_pool" : "") + filters(unitCode, jobLevel);
        long total = filtered(
                        sql.statement("select count(*) as total from placement p" + where), unitCode, jobLevel, box)
                .one(r -> r.count("total"))
                .orElse(0L);
        List<TalentSummary> items = filtered(
                        sql.statement("select p.participant_id, " + People.COLUMNS
                                + ", p.job_level as placed_job_level, p.unit_code as placed_unit_code, p.box, p.computed_box, "
                                + "p.calibrated_box is not null as calibrated, p.performance_level, p.potential_level, "
                                + "p.in_talent_pool from placement p" + People.join("p.participant_id") + where
                                + " order by " + sortColumn(page.sortField()) + (page.ascending() ? " asc" : " desc")
                                + ", p.participant_id limit :limit offset :offset"),
                        unitCode,
                        jobLevel,
                        box)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r -> new TalentSummary(
                        r.uuid("participant_id"),
                        r.string("nip"),
                        r.string("full_name"),
                        r.string("placed_job_level"),
                        r.string("placed_unit_code"),
                        r.integer("box"),
                        r.integer("computed_box"),
                        r.bool("calibrated"),
                        r.string("performance_level"),
                        r.string("potential_level"),
                        r.bool("in_talent_pool")));
        return Page.of(items, page, total);
    }

    /** The latest 100 history entries of one placement, newest first. */
    public List<HistoryEntry> history(UUID participantId) {
        return sql.statement("select revision, box, computed_box, calibrated, performance_level, potential_level, "
                        + "in_talent_pool, policy_version, explanation, changed_at from placement_history "
                        + "where participant_id = :id order by revision desc limit 100")
                .bind("id", participantId)
                .list(r -> new HistoryEntry(
                        r.integer("revision"),
                        r.integer("box"),
                        r.integer("computed_box"),
                        r.bool("calibrated"),
                        r.string("performance_level"),
                        r.string("potential_level"),
                        r.bool("in_talent_pool"),
                        r.integer("policy_version"),
                        r.string("explanation"),
                        text(r.instant("changed_at"))));
    }

    static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String sortColumn(String field) {
        return switch (field) {
            case "fullName" -> People.FULL_NAME;
            case "box" -> "p.box";
            case "jobLevel" -> "p.job_level";
            case "unitCode" -> "p.unit_code";
            default -> "p.changed_at";
        };
    }

    private static String filters(String unitCode, String jobLevel) {
        return (unitCode != null ? " and p.unit_code = :unit" : "")
                + (jobLevel != null ? " and p.job_level = :level" : "");
    }

    private static Sql.Statement filtered(Sql.Statement statement, String unitCode, String jobLevel, Integer box) {
        if (unitCode != null) {
            statement.bind("unit", unitCode);
        }
        if (jobLevel != null) {
            statement.bind("level", jobLevel);
        }
        if (box != null) {
            statement.bind("box", box);
        }
        return statement;
    }
}
