package id.talenta.profile.store;

import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.store.Row;
import id.talenta.chassis.store.Sql;
import id.talenta.profile.domain.CompetencyDefinition;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.domain.MappingCategory;
import id.talenta.profile.domain.PotentialCategory;
import id.talenta.profile.domain.SelectionCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The read side: documents, history, lists and the competency map, all from the latest-profile tables. */
@ApplicationScoped
public class LatestProfileReadModel {

    /** API sort field → column (only these reach the SQL). */
    public static final Map<String, String> SORTS = Map.of(
            "fullName",
            "full_name",
            "nip",
            "nip",
            "jpm",
            "jpm",
            "computedAt",
            "computed_at",
            "unitCode",
            "unit_code",
            "potentialScore",
            "potential_score");

    @Inject
    Sql sql;

    /** The latest profile document (JSON as stored) with the NIP it is about. */
    public record Owned(String nip, String json) {}

    public Optional<Owned> latestDocument(UUID participantId) {
        return sql.statement("select nip, cast(document as text) as document from latest_profile "
                        + "where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> new Owned(r.string("nip"), r.string("document")));
    }

    public Optional<String> nipOf(UUID participantId) {
        return sql.statement("select nip from latest_profile where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> r.string("nip"));
    }

    /** A page of profile versions (documents as stored) by revision. */
    public List<String> history(UUID participantId, PageRequest page) {
        return sql.statement(
                        "select cast(document as text) as document from profile where participant_id = :participantId "
                                + "order by revision " + (page.ascending() ? "asc" : "desc")
                                + " limit :limit offset :offset")
                .bind("participantId", participantId)
                .bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r -> r.string("document"));
    }

    public long historyCount(UUID participantId) {
        return sql.statement("select count(*) as total from profile where participant_id = :participantId")
                .bind("participantId", participantId)
                .one(r -> r.count("total"))
                .orElse(0L);
    }

    /** List filters; a null field does not filter. */
    public record Filter(String unitCode, String jobLevel, String mappingCategory) {

        String where(Map<String, Object> params) {
            List<String> clauses = new ArrayList<>();
            if (unitCode != null) {
                clauses.add("unit_code = :unitCode");
                params.put("unitCode", unitCode);
            }
            if (jobLevel != null) {
                clauses.add("job_level = :jobLevel");
                params.put("jobLevel", jobLevel);
            }
            if (mappingCategory != null) {
                clauses.add("mapping_category = :mappingCategory");
                params.put("mappingCategory", mappingCategory);
            }
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }

    public List<ProfileSummary> list(Filter filter, PageRequest page) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = filter.where(params);
        String order = SORTS.get(page.sortField()) + (page.ascending() ? " asc" : " desc") + ", participant_id";
        Sql.Statement select = sql.statement("select participant_id, nip, full_name, job_level, unit_code, jpm, "
                + "mapping_category, selection_category, potential_score, potential_category, framework_version, "
                + "revision, computed_at from latest_profile" + where + " order by " + order
                + " limit :limit offset :offset");
        params.forEach(select::bind);
        return select.bind("limit", page.size())
                .bind("offset", page.offset())
                .list(r -> new ProfileSummary(
                        r.uuid("participant_id"),
                        r.string("nip"),
                        r.string("full_name"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.decimal("jpm"),
                        r.string("mapping_category"),
                        r.string("selection_category"),
                        r.decimal("potential_score"),
                        r.string("potential_category"),
                        r.integer("framework_version"),
                        r.integer("revision"),
                        r.instant("computed_at")));
    }

    public long count(Filter filter) {
        Map<String, Object> params = new LinkedHashMap<>();
        Sql.Statement count = sql.statement("select count(*) as total from latest_profile" + filter.where(params));
        params.forEach(count::bind);
        return count.one(r -> r.count("total")).orElse(0L);
    }

    /**
     * Two aggregates in SQL: one over latest_profile (count, average JPM, category counts) and one over
     * latest_profile_competency grouped by competency, both served by the (unit_code, job_level) /
     * (job_level) covering indexes. Competencies are named and ordered as in {@code framework}.
     */
    public CompetencyMap competencyMap(String unitCode, String jobLevel, FrameworkDefinition framework) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = new Filter(unitCode, jobLevel, null).where(params);
        Sql.Statement totals = sql.statement("select count(*) as total, avg(jpm) as average_jpm, "
                + categoryCounts("mapping_category", MappingCategory.values()) + ", "
                + categoryCounts("selection_category", SelectionCategory.values()) + ", "
                + categoryCounts("potential_category", PotentialCategory.values())
                + " from latest_profile" + where);
        params.forEach(totals::bind);
        Row row = totals.rows().get(0);
        Sql.Statement perCompetency = sql.statement("select code, min(type) as type, count(*) as profiles, "
                + "avg(achieved) as average_achieved, avg(required) as average_required, avg(gap) as average_gap, "
                + "100.0 * count(*) filter (where meets) / count(*) as meeting_share "
                + "from latest_profile_competency" + where + " group by code");
        params.forEach(perCompetency::bind);
        List<CompetencyMap.CompetencyAggregate> competencies = new ArrayList<>(perCompetency.list(r -> {
            String code = r.string("code");
            String name =
                    framework.competency(code).map(CompetencyDefinition::name).orElse(code);
            return new CompetencyMap.CompetencyAggregate(
                    code,
                    name,
                    r.string("type"),
                    r.count("profiles"),
                    two(r.decimal("average_achieved")),
                    two(r.decimal("average_required")),
                    two(r.decimal("average_gap")),
                    two(r.decimal("meeting_share")));
        }));
        List<String> order = framework.competencies().stream()
                .map(CompetencyDefinition::code)
                .toList();
        competencies.sort(Comparator.comparingInt((CompetencyMap.CompetencyAggregate a) -> {
                    int i = order.indexOf(a.code());
                    return i < 0 ? Integer.MAX_VALUE : i;
                })
                .thenComparing(CompetencyMap.CompetencyAggregate::code));
        return new CompetencyMap(
                unitCode,
                jobLevel,
                row.count("total"),
                two(row.decimal("average_jpm")),
                counts(row, "mapping_category", MappingCategory.values()),
                counts(row, "selection_category", SelectionCategory.values()),
                counts(row, "potential_category", PotentialCategory.values()),
                competencies);
    }

    /** One {@code count(*) filter} column per category, labelled {@code <column>_<category>}. */
    private static String categoryCounts(String column, Enum<?>[] categories) {
        List<String> counts = new ArrayList<>();
        for (Enum<?> c : categories) {
            counts.add("count(*) filter (where " + column + " = '" + c.name() + "') as " + column + "_" + c.name());
        }
        return String.join(", ", counts);
    }

    private static Map<String, Long> counts(Row row, String column, Enum<?>[] categories) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> c : categories) {
            map.put(c.name(), row.count(column + "_" + c.name()));
        }
        return map;
    }

    private static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }
}
