package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** What background jobs read in bulk. */
@ApplicationScoped
public class JobStore {

    @Inject
    Sql sql;

    /** Everyone a policy re-evaluation looks at (a profile or a candidacy), ascending. */
    public List<UUID> everyoneToReevaluate() {
        return sql.statement("select participant_id from profile_replica union select participant_id from candidate "
                        + "order by 1")
                .list(r -> r.uuid("participant_id"));
    }
}
