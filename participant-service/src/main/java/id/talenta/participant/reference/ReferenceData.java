package id.talenta.participant.reference;

import id.talenta.participant.domain.ReferenceLookup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Job levels and ranks, read once from the reference tables the migrations seed (the single place where
 * retirement ages, default standard levels and SIASN rank codes live).
 */
@ApplicationScoped
public class ReferenceData implements ReferenceLookup {

    public record JobLevelInfo(String code, String label, String track, int retirementAge, int defaultStandardLevel) {}

    public record RankInfo(String code, String employmentType, String siasnCode, String label) {}

    @Inject AgroalDataSource dataSource;

    @Inject id.talenta.participant.config.ParticipantsConfig settings;

    @Override
    public boolean pppkAppointmentChecks() {
        return settings.pppkAppointmentChecks();
    }

    private volatile Map<String, JobLevelInfo> jobLevels = Map.of();
    private volatile Map<String, RankInfo> ranks = Map.of();
    private volatile Map<String, RankInfo> ranksBySiasn = Map.of();

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public synchronized void reload() {
        Map<String, JobLevelInfo> levels = new LinkedHashMap<>();
        Map<String, RankInfo> rankMap = new LinkedHashMap<>();
        Map<String, RankInfo> siasn = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select code, label, track, retirement_age, default_standard_level "
                    + "from job_level order by sort_order")) {
                while (rs.next()) {
                    levels.put(rs.getString(1), new JobLevelInfo(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getInt(4), rs.getInt(5)));
                }
            }
            try (ResultSet rs = st.executeQuery("select code, employment_type, siasn_code, label from rank order by sort_order")) {
                while (rs.next()) {
                    RankInfo r = new RankInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    rankMap.put(r.code(), r);
                    if (r.siasnCode() != null) {
                        siasn.put(r.siasnCode(), r);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reference data cannot be loaded", e);
        }
        jobLevels = Map.copyOf(levels);
        ranks = Map.copyOf(rankMap);
        ranksBySiasn = Map.copyOf(siasn);
        orderedLevels = List.copyOf(levels.values());
        orderedRanks = List.copyOf(rankMap.values());
    }

    private volatile List<JobLevelInfo> orderedLevels = List.of();
    private volatile List<RankInfo> orderedRanks = List.of();

    public List<JobLevelInfo> jobLevels() {
        return orderedLevels;
    }

    public List<RankInfo> ranks() {
        return orderedRanks;
    }

    public Optional<RankInfo> rankBySiasnCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ranksBySiasn.get(code.strip()));
    }

    @Override
    public OptionalInt retirementAge(String jobLevel) {
        JobLevelInfo info = jobLevel == null ? null : jobLevels.get(jobLevel);
        return info == null ? OptionalInt.empty() : OptionalInt.of(info.retirementAge());
    }

    @Override
    public boolean isRankOf(String rank, String employmentType) {
        RankInfo r = rank == null ? null : ranks.get(rank);
        return r != null && r.employmentType().equals(employmentType);
    }
}
