package id.talenta.participant.events;

import id.talenta.chassis.config.TopicsConfig;
import id.talenta.chassis.outbox.Outbox;
import id.talenta.participant.store.UnitStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/**
 * Publishes units on the units topic ({@code unit.registered}, {@code unit.updated}; key = unit code) through the
 * outbox. A unit write raises the unit's version; whatever version is not yet published is put in the outbox in the
 * same transaction as the marker that says so, so no change is lost or sent twice, whichever path wrote the unit
 * (the API and the unit-tree file publish in their own transaction; imports, and the units that existed before the
 * topic, are caught by the sweep). Concurrent sweeps on several instances skip each other's rows.
 */
@ApplicationScoped
public class UnitEvents {

    /** Units published per transaction by the sweep. */
    static final int CHUNK = 1000;

    @Inject
    Outbox outbox;

    @Inject
    TopicsConfig topics;

    @Inject
    UnitStore units;

    /** The payload of a unit event: the unit's full state (contracts/schemas/unit.*.schema.json). */
    public record UnitPayload(String code, String name, String parentCode, String agencyCode, long revision) {}

    /** Puts every unpublished unit change in the outbox, in the caller's transaction; how many it published. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publishPending() {
        int total = 0;
        List<UnitStore.Unpublished> chunk;
        do {
            chunk = units.lockUnpublished(CHUNK);
            List<String> codes = new ArrayList<>();
            for (UnitStore.Unpublished u : chunk) {
                outbox.publish(
                        topics.units(),
                        u.code(),
                        u.neverPublished() ? "unit.registered" : "unit.updated",
                        "units/" + u.code(),
                        new UnitPayload(u.code(), u.name(), u.parentCode(), u.agencyCode(), u.version()));
                codes.add(u.code());
            }
            if (!codes.isEmpty()) {
                units.markPublished(codes);
            }
            total += chunk.size();
        } while (chunk.size() == CHUNK);
        return total;
    }

    void onStart(@Observes StartupEvent start) {
        sweep();
    }

    /** Publishes what a path without its own publication wrote (imports) and what existed before the topic. */
    @Scheduled(every = "${talenta.units.publish-sweep:2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweep() {
        publishPending();
    }
}
