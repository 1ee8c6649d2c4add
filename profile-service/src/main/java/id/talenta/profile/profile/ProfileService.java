package id.talenta.profile.profile;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.contracts.ParticipantSnapshot;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.CompetencyFramework;
import id.talenta.profile.domain.Identity;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.ProfileCalculator;
import id.talenta.profile.domain.ProfileComputation;
import id.talenta.profile.domain.ProfileDocument;
import id.talenta.profile.domain.ProfileReason;
import id.talenta.profile.domain.ProfileSupersession;
import id.talenta.profile.domain.ReplicaChange;
import id.talenta.profile.domain.ResultSource;
import id.talenta.profile.domain.UnusableResultException;
import id.talenta.profile.domain.ValidityPolicy;
import id.talenta.profile.events.ProfileEvents;
import id.talenta.profile.events.ResultFinalizedPayload;
import id.talenta.profile.store.ActiveFramework;
import id.talenta.profile.store.LatestProfile;
import id.talenta.profile.store.ParticipantReplica;
import id.talenta.profile.store.ProfileStore;
import id.talenta.profile.store.ReplicaStore;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/** The write side: results and participant changes in, profile versions and profile.computed out. */
@ApplicationScoped
public class ProfileService {

    /** Audit trail entity types (entity id = participant id). */
    public static final String PROFILE = "profile";

    public static final String PARTICIPANT_REPLICA = "participant-replica";
    private static final Logger LOG = Logger.getLogger(ProfileService.class);

    @Inject
    ProfileStore store;

    @Inject
    ReplicaStore replicas;

    @Inject
    ActiveFramework frameworks;

    @Inject
    ProfileEvents events;

    @Inject
    MeterRegistry meters;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A finalized result (or revision): guard, compute against the current job level, store, publish. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onResult(ResultFinalizedPayload result, String eventId) {
        ResultChecks.requireUsable(result, eventId);
        if (!store.advanceWatermark(
                result.participantId(), result.assessmentEventId(), result.revision(), result.finalizedAt())) {
            count("stale_revision");
            return;
        }
        Optional<LatestProfile> latest = store.latest(result.participantId(), true);
        ResultSource incoming = new ResultSource(
                result.assessmentEventId(),
                result.resultId(),
                result.revision(),
                result.finalizedAt(),
                result.assessmentDate());
        ProfileSupersession.Decision decision =
                ProfileSupersession.decide(latest.map(LatestProfile::source).orElse(null), incoming);
        if (decision == ProfileSupersession.Decision.OLDER_ASSESSMENT
                || decision == ProfileSupersession.Decision.STALE_REVISION) {
            LOG.infof(
                    "result %s (assessment %s rev %d) does not supersede the latest profile of %s: %s",
                    result.resultId(), result.assessmentEventId(), result.revision(), result.participantId(), decision);
            count(decision.name().toLowerCase());
            return;
        }
        Identity identity = replicas.replica(result.participantId())
                .map(r -> new Identity(r.nip(), r.fullName(), r.jobLevel(), r.unitCode(), "REPLICA"))
                .orElseGet(() -> new Identity(
                        result.nip(),
                        result.fullName(),
                        JobLevel.valueOf(result.jobLevelAtAssessment()),
                        result.unitCodeAtAssessment(),
                        "EVENT"));
        AssessmentInput input = ResultChecks.inputOf(result);
        CompetencyFramework framework = frameworks.forWriting();
        ProfileComputation computation = compute(framework, identity, input, eventId);
        store(
                latest.orElse(null),
                result.participantId(),
                identity,
                incoming,
                input,
                computation,
                decision == ProfileSupersession.Decision.REVISION
                        ? ProfileReason.RESULT_REVISION
                        : ProfileReason.ASSESSMENT,
                framework.definition().validity());
        count(decision.name().toLowerCase());
    }

    /** A participant snapshot: update the replica; recompute on a job-level change, else keep identity in step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onParticipant(ParticipantSnapshot p, String eventId) {
        ParticipantReplica replica = new ParticipantReplica(
                p.participantId(),
                p.nip(),
                p.fullName(),
                JobLevel.valueOf(p.jobLevel()),
                p.unitCode(),
                p.status(),
                Math.toIntExact(p.revision()));
        Optional<ParticipantReplica> previous = replicas.replica(p.participantId());
        if (!replicas.upsert(replica)) {
            return; // an older or repeated snapshot
        }
        audit.record(
                AuditAction.REPLICATE,
                PARTICIPANT_REPLICA,
                replica.participantId(),
                previous.map(ReplicaAudit::of).orElse(null),
                ReplicaAudit.of(replica),
                null);
        Optional<LatestProfile> found = store.latest(p.participantId(), true);
        if (found.isEmpty()) {
            return;
        }
        LatestProfile latest = found.get();
        Identity identity =
                new Identity(replica.nip(), replica.fullName(), replica.jobLevel(), replica.unitCode(), "REPLICA");
        Identity profiled =
                new Identity(latest.nip(), latest.fullName(), latest.jobLevel(), latest.unitCode(), "PROFILE");
        switch (ReplicaChange.of(profiled, identity)) {
            case RECOMPUTE -> {
                CompetencyFramework framework = frameworks.forWriting();
                ProfileComputation computation = compute(framework, identity, latest.input(), eventId);
                store(
                        latest,
                        latest.participantId(),
                        identity,
                        latest.source(),
                        latest.input(),
                        computation,
                        ProfileReason.JOB_LEVEL_CHANGE,
                        framework.definition().validity());
            }
            case FOLLOW_IDENTITY -> followIdentity(latest, replica);
            case NOTHING -> {}
        }
    }

    /** The latest profile follows the replica's NIP, name and unit in place (audited without the name). */
    private void followIdentity(LatestProfile latest, ParticipantReplica replica) {
        store.syncIdentity(latest.participantId(), replica.nip(), replica.fullName(), replica.unitCode());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("unitCode", latest.unitCode());
        before.put("identityFromReplicaRevision", null);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("unitCode", replica.unitCode());
        after.put("identityFromReplicaRevision", replica.revision());
        audit.record(AuditAction.REPLICATE, PROFILE, latest.participantId(), before, after, null);
    }

    /**
     * Recomputes one latest profile against {@code framework} (activation job); stores and publishes a new
     * version only when the outcome differs. Returns whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recompute(LatestProfile latest, CompetencyFramework framework) {
        Identity identity =
                new Identity(latest.nip(), latest.fullName(), latest.jobLevel(), latest.unitCode(), "PROFILE");
        ProfileComputation computation =
                ProfileCalculator.compute(framework, latest.jobLevel(), "PROFILE", latest.input());
        // the outcome, and the validity (a framework version may change only how long a result counts)
        if (computation.fingerprint().equals(latest.fingerprint())
                && Objects.equals(
                        store.validUntil(latest.participantId()),
                        framework.definition().validity().validUntil(assessedOn(latest.source())))) {
            return false;
        }
        store(
                latest,
                latest.participantId(),
                identity,
                latest.source(),
                latest.input(),
                computation,
                ProfileReason.FRAMEWORK_CHANGE,
                framework.definition().validity());
        return true;
    }

    /** The same computation against another job level's standard, with the active framework; nothing stored. */
    public Optional<ProfileComputation> fit(UUID participantId, JobLevel jobLevel) {
        return store.latest(participantId, false)
                .map(latest -> ProfileCalculator.compute(frameworks.get(), jobLevel, "REQUESTED", latest.input()));
    }

    private ProfileComputation compute(
            CompetencyFramework framework, Identity identity, AssessmentInput input, String eventId) {
        try {
            return ProfileCalculator.compute(framework, identity.jobLevel(), identity.jobLevelSource(), input);
        } catch (UnusableResultException e) {
            throw new PoisonMessageException("event " + eventId + ": " + e.getMessage());
        }
    }

    /** The day a result counts from: its assessment date, else the business date it was finalized on. */
    private LocalDate assessedOn(ResultSource source) {
        return source.assessmentDate() != null
                ? source.assessmentDate()
                : source.finalizedAt().atZone(clock.getZone()).toLocalDate();
    }

    /**
     * The daily check: every latest profile whose result has passed its validity gets a new version that only
     * marks it expired (values unchanged, reason EXPIRY), published as profile.computed. Several instances may run
     * it at once: rows are claimed with SKIP LOCKED. Returns how many expired.
     */
    @Transactional
    public int expire(LocalDate today, int batchSize) {
        int expired = 0;
        for (ProfileStore.Expiring expiring : store.lockExpiring(today, batchSize)) {
            UUID id = expiring.participantId();
            LatestProfile latest = store.latest(id, true).orElseThrow();
            ProfileDocument current = store.latestDocument(id);
            // the row's day: profiles stored before validity was recorded have it only there (V4)
            ProfileDocument doc = current.expiredVersion(
                    TimeOrderedUuid.next(),
                    Instant.now(),
                    expiring.validUntil(),
                    ValidityPolicy.expiredSentence(assessedOn(latest.source()), expiring.validUntil()));
            String json = store.saveVersion(doc, latest.input(), latest.fingerprint());
            audit.record(
                    AuditAction.EXPIRE, PROFILE, id, ProfileAudit.of(latest), ProfileAudit.of(doc), doc.validity());
            events.computed(id, json);
            expired++;
        }
        return expired;
    }

    private void store(
            LatestProfile latest,
            UUID participantId,
            Identity identity,
            ResultSource source,
            AssessmentInput input,
            ProfileComputation c,
            ProfileReason reason,
            ValidityPolicy validity) {
        LocalDate assessed = assessedOn(source);
        LocalDate validUntil = validity.validUntil(assessed);
        LocalDate today = LocalDate.now(clock);
        ProfileDocument doc = new ProfileDocument(
                TimeOrderedUuid.next(),
                participantId,
                latest == null ? 1 : latest.revision() + 1,
                identity.nip(),
                identity.fullName(),
                c.jobLevel(),
                identity.unitCode(),
                c.frameworkVersion(),
                new ProfileDocument.Source(
                        source.assessmentEventId(),
                        source.resultId(),
                        source.resultRevision(),
                        source.finalizedAt(),
                        source.assessmentDate()),
                c.competencies(),
                c.jpm(),
                c.mappingCategory(),
                c.selectionCategory(),
                new ProfileDocument.PotentialView(
                        c.potential().score(),
                        c.potential().category(),
                        c.potential().jpmComponent(),
                        c.potential().assessmentComponent()),
                c.developmentNeeds(),
                c.fitByJobLevel(),
                c.explanation(),
                Instant.now(),
                reason,
                validUntil,
                ValidityPolicy.expired(validUntil, today),
                validity.describe(assessed, today));
        String json = store.saveVersion(doc, input, c.fingerprint());
        audit.record(
                AuditAction.COMPUTE,
                PROFILE,
                participantId,
                latest == null ? null : ProfileAudit.of(latest),
                ProfileAudit.of(doc),
                reason.name());
        events.computed(participantId, json);
    }

    private void count(String outcome) {
        meters.counter("talenta.profile.results", "outcome", outcome).increment();
    }
}
