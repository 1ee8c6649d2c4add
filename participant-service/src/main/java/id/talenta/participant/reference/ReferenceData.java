package id.talenta.participant.reference;

import id.talenta.participant.config.ParticipantsConfig;
import id.talenta.participant.domain.JobLevel;
import id.talenta.participant.domain.Rank;
import id.talenta.participant.domain.ReferenceLookup;
import id.talenta.participant.store.ReferenceStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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

    @Inject
    ReferenceStore store;

    @Inject
    ParticipantsConfig settings;

    @Override
    public boolean pppkAppointmentChecks() {
        return settings.pppkAppointmentChecks();
    }

    private volatile Map<String, JobLevel> jobLevels = Map.of();
    private volatile Map<String, Rank> ranks = Map.of();
    private volatile Map<String, Rank> ranksBySiasn = Map.of();
    private volatile List<JobLevel> orderedLevels = List.of();
    private volatile List<Rank> orderedRanks = List.of();

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public synchronized void reload() {
        List<JobLevel> levelRows = QuarkusTransaction.requiringNew().call(store::jobLevels);
        List<Rank> rankRows = QuarkusTransaction.requiringNew().call(store::ranks);
        Map<String, JobLevel> levels = new LinkedHashMap<>();
        Map<String, Rank> rankMap = new LinkedHashMap<>();
        Map<String, Rank> siasn = new LinkedHashMap<>();
        for (JobLevel l : levelRows) {
            levels.put(l.code(), l);
        }
        for (Rank r : rankRows) {
            rankMap.put(r.code(), r);
            if (r.siasnCode() != null) {
                siasn.put(r.siasnCode(), r);
            }
        }
        jobLevels = Map.copyOf(levels);
        ranks = Map.copyOf(rankMap);
        ranksBySiasn = Map.copyOf(siasn);
        orderedLevels = List.copyOf(levels.values());
        orderedRanks = List.copyOf(rankMap.values());
    }

    public List<JobLevel> jobLevels() {
        return orderedLevels;
    }

    public List<Rank> ranks() {
        return orderedRanks;
    }

    public Optional<Rank> rankBySiasnCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(ranksBySiasn.get(code.strip()));
    }

    @Override
    public OptionalInt retirementAge(String jobLevel) {
        JobLevel info = jobLevel == null ? null : jobLevels.get(jobLevel);
        return info == null ? OptionalInt.empty() : OptionalInt.of(info.retirementAge());
    }

    @Override
    public boolean isRankOf(String rank, String employmentType) {
        Rank r = rank == null ? null : ranks.get(rank);
        return r != null && r.employmentType().equals(employmentType);
    }
}
