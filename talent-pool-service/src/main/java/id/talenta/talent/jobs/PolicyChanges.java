package id.talenta.talent.jobs;

import id.talenta.chassis.http.ETags;
import id.talenta.talent.domain.Job;
import id.talenta.talent.policy.PolicyService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Publishing a policy version: stored with its re-evaluation job in one transaction, then the job starts. */
@ApplicationScoped
public class PolicyChanges {

    /** Job kind of a policy re-evaluation. */
    public static final String REEVALUATION = "REEVALUATION";

    /** The version published and its job (as it was when started). */
    public record Published(int version, Job job) {}

    @Inject
    PolicyService policies;

    @Inject
    JobRunner jobs;

    /** 412 unless {@code ifMatch} names the version in force (or is absent); 400 with the violations. */
    public Published publish(String kind, Object policy, String ifMatch, List<String[]> violations, String actor) {
        Published created = QuarkusTransaction.requiringNew().call(() -> {
            ETags.requireMatch(ifMatch, policies.currentVersion(kind));
            int version = policies.publish(kind, policy, violations, actor);
            Job job = jobs.create(REEVALUATION, kind + " policy v" + version, 0, actor);
            return new Published(version, job);
        });
        policies.invalidate(); // committed now: nobody may keep serving the previous version from cache
        jobs.startReevaluation(created.job().id);
        return new Published(
                created.version(), jobs.find(created.job().id, REEVALUATION).orElseThrow());
    }
}
