package id.talenta.participant.store;

import id.talenta.chassis.store.Sql;
import id.talenta.participant.domain.JobLevel;
import id.talenta.participant.domain.Rank;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The reference tables the migrations seed: job levels and ranks, in their sort order. */
@ApplicationScoped
public class ReferenceStore {

    @Inject
    Sql sql;

    public List<JobLevel> jobLevels() {
        return sql.statement("select code, label, track, retirement_age, default_standard_level from job_level "
                        + "order by sort_order")
                .list(r -> new JobLevel(
                        r.string("code"),
                        r.string("label"),
                        r.string("track"),
                        r.integer("retirement_age"),
                        r.integer("default_standard_level")));
    }

    public List<Rank> ranks() {
        return sql.statement("select code, employment_type, siasn_code, label from rank order by sort_order")
                .list(r -> new Rank(
                        r.string("code"), r.string("employment_type"), r.string("siasn_code"), r.string("label")));
    }
}
