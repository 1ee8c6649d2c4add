package id.talenta.profile.profile;

import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.chassis.outbox.Outbox;
import id.talenta.chassis.outbox.TimeOrderedUuid;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.CompetencyFramework;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.domain.ProfileCalculator;
import id.talenta.profile.domain.ProfileComputation;
import id.talenta.profile.domain.ProfileReason;
import id.talenta.profile.domain.ProfileSupersession;
import id.talenta.profile.domain.ResultSource;
import id.talenta.profile.domain.UnusableResultException;
import id.talenta.profile.domain.ValidityPolicy;
import id.talenta.profile.config.Topics;
import id.talenta.profile.events.ParticipantSnapshot;
import id.talenta.profile.events.ResultFinalized;
import id.talenta.profile.framework.ActiveFramework;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

    public static final String PROFILE_COMPUTED = "profile.computed";
    /** Audit trail entity types (entity id = participant id). */
    public static final String PROFILE = "profile";
    public static final String PARTICIPANT_REPLICA = "participant-replica";
    private static final Logger LOG = Logger.getLogger(ProfileService.class);

    @Inject ProfileRepository repository;
    @Inject ActiveFramework frameworks;
    @Inject Outbox outbox;
    @Inject MeterRegistry meters;

    @Inject Topics topics;
    @Inject AuditTrail audit;
    @Inject java.time.Clock clock;

    /** A finalized result (or revision): guard, compute against the current job level, store, publish. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onResult(ResultFinalized result, String eventId) {
        ResultChecks.requireUsable(result, eventId);
        if (!repository.advanceWatermark(result.participantId(), result.assessmentEventId(), result.revision(),
                result.finalizedAt())) {
            count("stale_revision");
            return;
        }
        Optional<LatestProfile> latest = repository.latest(result.participantId(), true);
        ResultSource incoming = new ResultSource(result.assessmentEventId(), result.resultId(), result.revision(),
                result.finalizedAt(), result.assessmentDate());
        ProfileSupersession.Decision decision = ProfileSupersession.decide(latest.map(LatestProfile::source).orElse(null),
                incoming);
        if (decision == ProfileSupersession.Decision.OLDER_ASSESSMENT
                || decision == ProfileSupersession.Decision.STALE_REVISION) {
            LOG.infof("result %s (assessment %s rev %d) does not supersede the latest profile of %s: %s",
                    result.resultId(), result.assessmentEventId(), result.revision(), result.participantId(), decision);
            count(decision.name().toLowerCase());
            return;
        }
        Identity identity = repository.replica(result.participantId())
                .map(r -> new Identity(r.nip(), r.fullName(), r.jobLevel(), r.unitCode(), "REPLICA"))
                .orElseGet(() -> new Identity(result.nip(), result.fullName(),
                        JobLevel.valueOf(result.jobLevelAtAssessment()), result.unitCodeAtAssessment(), "EVENT"));
        AssessmentInput input = ResultChecks.inputOf(result);
        CompetencyFramework framework = frameworks.forWriting();
        ProfileComputation computation = compute(framework, identity, input, eventId);
        store(latest.orElse(null), result.participantId(), identity, incoming, input, computation,
                decision == ProfileSupersession.Decision.REVISION ? ProfileReason.RESULT_REVISION : ProfileReason.ASSESSMENT,
                framework.definition().validity());
        count(decision.name().toLowerCase());
    }

    /** A participant snapshot: update the replica; recompute on a job-level change, else keep identity in step. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onParticipant(ParticipantSnapshot p, String eventId) {
        ParticipantReplica replica = ResultChecks.replicaOf(p, eventId);
        Optional<ParticipantReplica> previous = repository.replica(p.participantId());
        if (!repository.upsertReplica(replica)) {
            return; // an older or repeated snapshot
        }
        audit.record("REPLICATE", PARTICIPANT_REPLICA, replica.participantId(),
                previous.map(ReplicaAudit::of).orElse(null), ReplicaAudit.of(replica), null);
        Optional<LatestProfile> found = repository.latest(p.participantId(), true);
        if (found.isEmpty()) {
            return;
        }
        LatestProfile latest = found.get();
        Identity identity = new Identity(replica.nip(), replica.fullName(), replica.jobLevel(), replica.unitCode(),
                "REPLICA");
        if (latest.jobLevel() != replica.jobLevel()) {
            CompetencyFramework framework = frameworks.forWriting();
            ProfileComputation computation = compute(framework, identity, latest.input(), eventId);
            store(latest, latest.participantId(), identity, latest.source(), latest.input(), computation,
                    ProfileReason.JOB_LEVEL_CHANGE, framework.definition().validity());
        } else if (!Objects.equals(latest.nip(), replica.nip()) || !Objects.equals(latest.fullName(), replica.fullName())
                || !Objects.equals(latest.unitCode(), replica.unitCode())) {
            repository.syncIdentity(latest.participantId(), replica.nip(), replica.fullName(), replica.unitCode());
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("unitCode", latest.unitCode());
            before.put("identityFromReplicaRevision", null);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("unitCode", replica.unitCode());
            after.put("identityFromReplicaRevision", replica.revision());
            audit.record("SYNC_IDENTITY", PROFILE, latest.participantId(), before, after, null);
        }
    }

    /**
     * Recomputes one latest profile against {@code framework} (activation job); stores and publishes a new
     * version only when the outcome differs. Returns whether it did.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recompute(LatestProfile latest, CompetencyFramework framework) {
        Identity identity = new Identity(latest.nip(), latest.fullName(), latest.jobLevel(), latest.unitCode(), "PROFILE");
        ProfileComputation computation = ProfileCalculator.compute(framework, latest.jobLevel(), "PROFILE",
                latest.input());
        // the outcome, and the validity (a framework version may change only how long a result counts)
        if (computation.fingerprint().equals(latest.fingerprint()) && Objects.equals(repository.validUntil(
                latest.participantId()), framework.definition().validity().validUntil(assessedOn(latest.source())))) {
            return false;
        }
        store(latest, latest.participantId(), identity, latest.source(), latest.input(), computation,
                ProfileReason.FRAMEWORK_CHANGE, framework.definition().validity());
        return true;
    }

    /** The same computation against another job level's standard, with the active framework; nothing stored. */
    public Optional<ProfileComputation> fit(UUID participantId, JobLevel jobLevel) {
        return repository.latest(participantId, false).map(latest -> ProfileCalculator.compute(frameworks.get(),
                jobLevel, "REQUESTED", latest.input()));
    }

    private ProfileComputation compute(CompetencyFramework framework, Identity identity, AssessmentInput input,
            String eventId) {
        try {
            return ProfileCalculator.compute(framework, identity.jobLevel(), identity.jobLevelSource(), input);
        } catch (UnusableResultException e) {
            throw new PoisonMessageException("event " + eventId + ": " + e.getMessage());
        }
    }

    /** The day a result counts from: its assessment date, else the business date it was finalized on. */
    private LocalDate assessedOn(ResultSource source) {
        return source.assessmentDate() != null ? source.assessmentDate()
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
        for (ProfileRepository.Expiring expiring : repository.lockExpiring(today, batchSize)) {
            UUID id = expiring.participantId();
            LatestProfile latest = repository.latest(id, true).orElseThrow();
            ProfileDocument current = repository.latestDocument(id);
            // the row's day: profiles stored before validity was recorded have it only there (V4)
            ProfileDocument doc = current.expiredVersion(TimeOrderedUuid.next(), Instant.now(), expiring.validUntil(),
                    ValidityPolicy.expiredSentence(assessedOn(latest.source()), expiring.validUntil()));
            String json = repository.saveVersion(doc, latest.input(), latest.fingerprint());
            audit.record("EXPIRE", PROFILE, id, latest.audited(), ProfileAudit.of(doc), doc.validity());
            outbox.publish(topics.profiles(), id.toString(), PROFILE_COMPUTED, "profiles/" + id, json);
            expired++;
        }
        return expired;
    }

    private void store(LatestProfile latest, UUID participantId, Identity identity, ResultSource source,
            AssessmentInput input, ProfileComputation c, ProfileReason reason, ValidityPolicy validity) {
        LocalDate assessed = assessedOn(source);
        LocalDate validUntil = validity.validUntil(assessed);
        LocalDate today = LocalDate.now(clock);
        ProfileDocument doc = new ProfileDocument(TimeOrderedUuid.next(), participantId,
                latest == null ? 1 : latest.revision() + 1, identity.nip(), identity.fullName(), c.jobLevel(),
                identity.unitCode(), c.frameworkVersion(),
                new ProfileDocument.Source(source.assessmentEventId(), source.resultId(), source.resultRevision(),
                        source.finalizedAt(), source.assessmentDate()),
                c.competencies(), c.jpm(), c.mappingCategory(), c.selectionCategory(),
                new ProfileDocument.PotentialView(c.potential().score(), c.potential().category(),
                        c.potential().jpmComponent(), c.potential().assessmentComponent()),
                c.developmentNeeds(), c.fitByJobLevel(), c.explanation(), Instant.now(), reason, validUntil,
                ValidityPolicy.expired(validUntil, today), validity.describe(assessed, today));
        String json = repository.saveVersion(doc, input, c.fingerprint());
        audit.record("COMPUTE", PROFILE, participantId, latest == null ? null : latest.audited(),
                ProfileAudit.of(doc), reason.name());
        outbox.publish(topics.profiles(), participantId.toString(), PROFILE_COMPUTED, "profiles/" + participantId, json);
    }

    private void count(String outcome) {
        meters.counter("talenta.profile.results", "outcome", outcome).increment();
    }
}
