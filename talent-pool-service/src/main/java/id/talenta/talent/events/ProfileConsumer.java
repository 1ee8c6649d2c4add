package id.talenta.talent.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.BatchApplier;
import id.talenta.chassis.events.IncomingEvent;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.inbox.Inbox;
import id.talenta.chassis.locks.ParticipantLock;
import id.talenta.talent.domain.JobLevel;
import id.talenta.talent.domain.PotentialLevel;
import id.talenta.talent.store.ReplicaStore;
import id.talenta.talent.talent.TalentEvaluator;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the latest profile per participant (stale revisions ignored) and re-evaluates placement and readiness:
 * this is the hop that turns a finalized assessment into succession readiness with no human step.
 *
 * <p>Consumes in batches ({@link BatchApplier}): per batch one lock statement, one replica upsert and one read per
 * table, the inbox still per event.
 */
@ApplicationScoped
public class ProfileConsumer {

    /** The inbox consumer name (the inbox holds rows keyed by it: do not rename). */
    static final String CONSUMER = "talent-pool-service.profiles";

    static final Set<String> PROFILE_COMPUTED = Set.of("profile.computed");

    @Inject
    Inbox inbox;

    @Inject
    ObjectMapper mapper;

    @Inject
    ReplicaStore replicas;

    @Inject
    TalentEvaluator evaluator;

    @Inject
    ParticipantLock locks;

    @Inject
    AuditTrail audit;

    @Inject
    BatchApplier batches;

    /** What the audit trail keeps of a replicated profile. */
    record AuditedProfile(
            int revision,
            String jobLevel,
            String unitCode,
            String potentialCategory,
            BigDecimal potentialScore,
            String frameworkVersion) {}

    @Incoming("profiles")
    // Batches are applied concurrently (unordered): revision guards and per-participant advisory locks taken in
    // ascending order make the outcome independent of delivery order, without deadlocks.
    @Blocking(value = "talent-consumers", ordered = false)
    public CompletionStage<Void> on(KafkaRecordBatch<String, String> batch) {
        return batches.apply(batch, this::apply);
    }

    void apply(List<ConsumerRecord<String, String>> records) {
        Map<UUID, ProfilePayload> newest = new TreeMap<>();
        for (IncomingEvent event : inbox.firstDeliveries(CONSUMER, records, PROFILE_COMPUTED)) {
            ProfilePayload p = validated(event);
            newest.merge(p.participantId(), p, (a, b) -> b.revision() > a.revision() ? b : a);
        }
        if (newest.isEmpty()) {
            return;
        }
        locks.lockAll(newest.keySet());
        List<UUID> applied = replicas.upsertProfiles(
                newest.values().stream().map(ProfileConsumer::row).toList());
        for (UUID id : applied) {
            ProfilePayload p = newest.get(id);
            audit.record(
                    AuditAction.REPLICATE,
                    "profile-replica",
                    id,
                    null,
                    new AuditedProfile(
                            p.revision(),
                            p.jobLevel(),
                            p.unitCode(),
                            p.potential().category(),
                            p.potential().score(),
                            p.frameworkVersion()),
                    null);
        }
        evaluator.evaluateAll(applied);
    }

    private ProfilePayload validated(IncomingEvent event) {
        ProfilePayload p = event.as(ProfilePayload.class, mapper);
        if (p.participantId() == null || p.revision() == null || p.potential() == null) {
            throw new PoisonMessageException(
                    "event " + event.id() + ": participantId, revision and potential are required");
        }
        if (PotentialLevel.parse(p.potential().category()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown potential.category "
                    + p.potential().category());
        }
        if (p.jobLevel() != null && JobLevel.parse(p.jobLevel()).isEmpty()) {
            throw new PoisonMessageException("event " + event.id() + ": unknown jobLevel " + p.jobLevel());
        }
        return p;
    }

    /** The replica row of a profile: only fits for known job levels are kept. */
    private static ReplicaStore.ProfileRow row(ProfilePayload p) {
        Map<String, BigDecimal> fit = new LinkedHashMap<>();
        if (p.fitByJobLevel() != null) {
            p.fitByJobLevel().forEach((level, value) -> {
                if (value != null && JobLevel.parse(level).isPresent()) {
                    fit.put(level, value);
                }
            });
        }
        ProfilePayload.Thresholds thresholds = p.potentialThresholds();
        return new ReplicaStore.ProfileRow(
                p.participantId(),
                p.revision(),
                p.nip(),
                p.fullName(),
                p.jobLevel(),
                p.unitCode(),
                p.jpm(),
                p.potential().score(),
                p.potential().category(),
                fit,
                p.frameworkVersion(),
                thresholds == null ? null : thresholds.tinggi(),
                thresholds == null ? null : thresholds.menengah(),
                p.source() == null ? null : p.source().resultId(),
                p.validUntil(),
                Boolean.TRUE.equals(p.expired()));
    }
}
