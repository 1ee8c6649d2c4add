package id.talenta.profile.profile;

import id.talenta.chassis.paging.PageRequest;
import id.talenta.profile.domain.CompetencyDefinition;
import id.talenta.profile.domain.FrameworkDefinition;
import id.talenta.profile.domain.MappingCategory;
import id.talenta.profile.domain.PotentialCategory;
import id.talenta.profile.domain.SelectionCategory;
import id.talenta.profile.framework.ActiveFramework;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The read side: documents, history, lists and the competency map, all from the latest-profile tables. */
@ApplicationScoped
public class ProfileQueries {

    /** API sort field → column (only these reach the SQL). */
    public static final Map<String, String> SORTS = Map.of("fullName", "full_name", "nip", "nip", "jpm", "jpm",
            "computedAt", "computed_at", "unitCode", "unit_code", "potentialScore", "potential_score");

    @Inject ProfileRepository sql;
    @Inject ActiveFramework frameworks;

    public record Owned(String nip, String json) {}

    public Optional<Owned> latestDocument(UUID participantId) {
        return sql.query("select nip, document::text from latest_profile where participant_id = ?",
                ps -> ps.setObject(1, participantId), rs -> new Owned(rs.getString(1), rs.getString(2))).stream().findFirst();
    }

    public Optional<String> nipOf(UUID participantId) {
        return sql.query("select nip from latest_profile where participant_id = ?", ps -> ps.setObject(1, participantId),
                rs -> rs.getString(1)).stream().findFirst();
    }

    public List<String> history(UUID participantId, PageRequest page) {
        return sql.query("select document::text from profile where participant_id = ? order by revision "
                + (page.ascending() ? "asc" : "desc") + " limit ? offset ?", ps -> {
                    ps.setObject(1, participantId);
                    ps.setInt(2, page.size());
                    ps.setLong(3, page.offset());
                }, rs -> rs.getString(1));
    }

    public long historyCount(UUID participantId) {
        return sql.query("select count(*) from profile where participant_id = ?", ps -> ps.setObject(1, participantId),
                rs -> rs.getLong(1)).get(0);
    }

    public record Filter(String unitCode, String jobLevel, String mappingCategory) {

        String where(List<String> params) {
            List<String> clauses = new ArrayList<>();
            if (unitCode != null) {
                clauses.add("unit_code = ?");
                params.add(unitCode);
            }
            if (jobLevel != null) {
                clauses.add("job_level = ?");
                params.add(jobLevel);
            }
            if (mappingCategory != null) {
                clauses.add("mapping_category = ?");
                params.add(mappingCategory);
            }
            return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
        }
    }

    public List<ProfileSummary> list(Filter filter, PageRequest page) {
        List<String> params = new ArrayList<>();
        String where = filter.where(params);
        String order = SORTS.get(page.sortField()) + (page.ascending() ? " asc" : " desc") + ", participant_id";
        return sql.query("select participant_id, nip, full_name, job_level, unit_code, jpm, mapping_category, "
                + "selection_category, potential_score, potential_category, framework_version, revision, computed_at "
                + "from latest_profile" + where + " order by " + order + " limit ? offset ?", ps -> {
                    int i = bind(ps, params);
                    ps.setInt(i++, page.size());
                    ps.setLong(i, page.offset());
                }, rs -> new ProfileSummary(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9), rs.getString(10), rs.getInt(11), rs.getInt(12),
                        rs.getObject(13, OffsetDateTime.class).toInstant()));
    }

    public long count(Filter filter) {
        List<String> params = new ArrayList<>();
        String where = filter.where(params);
        return sql.query("select count(*) from latest_profile" + where, ps -> bind(ps, params), rs -> rs.getLong(1)).get(0);
    }

    /**
     * Two aggregates in SQL: one over latest_profile (count, average JPM, category counts) and one over
     * latest_profile_competency grouped by competency, both served by the (unit_code, job_level) /
     * (job_level) covering indexes.
     */
    public CompetencyMap competencyMap(String unitCode, String jobLevel) {
        List<String> params = new ArrayList<>();
        String where = new Filter(unitCode, jobLevel, null).where(params);
        Map<String, Long> mapping = zeroes(MappingCategory.values());
        Map<String, Long> selection = zeroes(SelectionCategory.values());
        Map<String, Long> potential = zeroes(PotentialCategory.values());
        long[] count = new long[1];
        BigDecimal[] average = new BigDecimal[1];
        sql.query("select count(*), avg(jpm), "
                + "count(*) filter (where mapping_category = 'OPTIMAL'), "
                + "count(*) filter (where mapping_category = 'CUKUP_OPTIMAL'), "
                + "count(*) filter (where mapping_category = 'KURANG_OPTIMAL'), "
                + "count(*) filter (where selection_category = 'MEMENUHI_SYARAT'), "
                + "count(*) filter (where selection_category = 'MASIH_MEMENUHI_SYARAT'), "
                + "count(*) filter (where selection_category = 'KURANG_MEMENUHI_SYARAT'), "
                + "count(*) filter (where potential_category = 'TINGGI'), "
                + "count(*) filter (where potential_category = 'MENENGAH'), "
                + "count(*) filter (where potential_category = 'RENDAH') "
                + "from latest_profile" + where, ps -> bind(ps, params), rs -> {
                    count[0] = rs.getLong(1);
                    average[0] = rs.getBigDecimal(2) == null ? null : rs.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP);
                    mapping.put("OPTIMAL", rs.getLong(3));
                    mapping.put("CUKUP_OPTIMAL", rs.getLong(4));
                    mapping.put("KURANG_OPTIMAL", rs.getLong(5));
                    selection.put("MEMENUHI_SYARAT", rs.getLong(6));
                    selection.put("MASIH_MEMENUHI_SYARAT", rs.getLong(7));
                    selection.put("KURANG_MEMENUHI_SYARAT", rs.getLong(8));
                    potential.put("TINGGI", rs.getLong(9));
                    potential.put("MENENGAH", rs.getLong(10));
                    potential.put("RENDAH", rs.getLong(11));
                    return 0;
                });
        FrameworkDefinition framework = frameworks.get().definition();
        List<CompetencyMap.CompetencyAggregate> competencies = new ArrayList<>(sql.query(
                "select code, min(type), count(*), avg(achieved), avg(required), avg(gap), "
                        + "100.0 * count(*) filter (where meets) / count(*) from latest_profile_competency" + where
                        + " group by code", ps -> bind(ps, params), rs -> {
                            String code = rs.getString(1);
                            String name = framework.competency(code).map(CompetencyDefinition::name).orElse(code);
                            return new CompetencyMap.CompetencyAggregate(code, name, rs.getString(2), rs.getLong(3),
                                    two(rs.getBigDecimal(4)), two(rs.getBigDecimal(5)), two(rs.getBigDecimal(6)),
                                    two(rs.getBigDecimal(7)));
                        }));
        List<String> order = framework.competencies().stream().map(CompetencyDefinition::code).toList();
        competencies.sort(Comparator.comparingInt((CompetencyMap.CompetencyAggregate a) -> {
            int i = order.indexOf(a.code());
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(CompetencyMap.CompetencyAggregate::code));
        return new CompetencyMap(unitCode, jobLevel, count[0], average[0], mapping, selection, potential, competencies);
    }

    private static Map<String, Long> zeroes(Enum<?>[] values) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (Enum<?> v : values) {
            map.put(v.name(), 0L);
        }
        return map;
    }

    private static BigDecimal two(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static int bind(PreparedStatement ps, List<String> params) throws SQLException {
        int i = 1;
        for (String p : params) {
            ps.setString(i++, p);
        }
        return i;
    }
}
