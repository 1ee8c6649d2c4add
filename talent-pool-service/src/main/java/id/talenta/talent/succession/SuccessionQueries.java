package id.talenta.talent.succession;

import id.talenta.chassis.paging.Page;
import id.talenta.chassis.paging.PageRequest;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.CandidateRanking;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Person;
import id.talenta.talent.domain.Readiness;
import id.talenta.talent.domain.ReadinessPolicy;
import id.talenta.talent.domain.VacancyRisk;
import id.talenta.talent.policy.PolicyService;
import id.talenta.talent.store.People;
import id.talenta.talent.store.SuccessionReadModel;
import id.talenta.talent.store.SuccessionReadModel.CandidateRow;
import id.talenta.talent.store.SuccessionReadModel.ReadinessChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Read side of succession: key positions, succession view per position, bench strength, readiness history and feed. */
@ApplicationScoped
public class SuccessionQueries {

    @Inject
    EntityManager em;

    @Inject
    PolicyService policies;

    @Inject
    SuccessionReadModel model;

    @Inject
    People people;
    /** The business clock (chassis BusinessClock): "today" is a date in the business time zone. */
    @Inject
    java.time.Clock clock;

    @Transactional
    public String vacancyRisk(KeyPosition k) {
        LocalDate retirement = k.incumbentParticipantId == null
                ? null
                : people.find(k.incumbentParticipantId)
                        .map(Person::retirementDate)
                        .orElse(null);
        return VacancyRisk.of(
                        k.incumbentParticipantId,
                        retirement,
                        LocalDate.now(clock),
                        policies.current().readiness().policy().vacancyRisk())
                .name();
    }

    @Transactional
    public SuccessionViews.KeyPositionView view(KeyPosition k) {
        return new SuccessionViews.KeyPositionView(
                k.id,
                k.title,
                k.jobLevel,
                k.unitCode,
                k.incumbentParticipantId,
                k.criticality,
                vacancyRisk(k),
                k.version,
                text(k.createdAt),
                text(k.updatedAt));
    }

    /** The key position, or 404. */
    @Transactional
    public SuccessionViews.KeyPositionView view(UUID keyPositionId) {
        return view(position(keyPositionId));
    }

    @Transactional
    public Page<SuccessionViews.KeyPositionView> keyPositions(String unitCode, String jobLevel, PageRequest page) {
        return model.keyPositions(unitCode, jobLevel, page).map(this::view);
    }

    @Transactional
    public SuccessionViews.Succession succession(UUID keyPositionId) {
        KeyPosition k = position(keyPositionId);
        SuccessionViews.Incumbent incumbent = null;
        if (k.incumbentParticipantId != null) {
            Optional<Person> p = people.find(k.incumbentParticipantId);
            incumbent = new SuccessionViews.Incumbent(
                    k.incumbentParticipantId,
                    p.map(Person::fullName).orElse(null),
                    p.map(Person::retirementDate).map(LocalDate::toString).orElse(null));
        }
        Map<UUID, CandidateRow> byId = new HashMap<>();
        List<CandidateRanking.Entry> entries = new ArrayList<>();
        for (CandidateRow r : model.candidates(keyPositionId)) {
            byId.put(r.person().participantId(), r);
            entries.add(new CandidateRanking.Entry(
                    r.person().participantId(),
                    Readiness.of(r.readiness()),
                    r.targetFit() == null ? null : r.targetFit().doubleValue()));
        }
        List<SuccessionViews.CandidateView> candidates = new ArrayList<>();
        ReadinessPolicy policy = policies.current().readiness().policy();
        Map<String, Long> byLevel = new LinkedHashMap<>();
        policy.levelCodes().forEach(code -> byLevel.put(code, 0L));
        for (CandidateRanking.Ranked ranked : CandidateRanking.rank(entries, policy)) {
            CandidateRow r = byId.get(ranked.entry().participantId());
            byLevel.merge(ranked.entry().readiness().code(), 1L, Long::sum);
            SuccessionViews.ReadinessOverride override = r.overrideReadiness() == null
                    ? null
                    : new SuccessionViews.ReadinessOverride(
                            r.overrideReadiness(), r.overrideReason(), r.overrideBy(), r.overrideAt());
            boolean calibrated = override != null && Readiness.overrideApplies(Readiness.of(r.computedReadiness()));
            Person person = r.person();
            candidates.add(new SuccessionViews.CandidateView(
                    person.participantId(),
                    person.fullName(),
                    person.nip(),
                    person.jobLevel(),
                    person.unitCode(),
                    r.readiness(),
                    r.computedReadiness(),
                    calibrated,
                    override,
                    r.box(),
                    r.targetFit(),
                    ranked.rank(),
                    r.nominated() ? "NOMINATED" : "AUTO",
                    r.nominationReason(),
                    r.rule(),
                    r.explanation(),
                    r.revision(),
                    r.changedAt()));
        }
        return new SuccessionViews.Succession(
                view(k),
                incumbent,
                vacancyRisk(k),
                candidates,
                SuccessionViews.BenchStrength.of(byLevel, policy),
                policies.current().readiness().version());
    }

    /** One candidate of one position as the succession view shows them (empty when not on the list). */
    @Transactional
    public Optional<SuccessionViews.CandidateView> candidate(UUID keyPositionId, UUID participantId) {
        return succession(keyPositionId).candidates().stream()
                .filter(c -> c.participantId().equals(participantId))
                .findFirst();
    }

    @Transactional
    public List<ReadinessChange> history(UUID keyPositionId, UUID participantId) {
        return model.history(keyPositionId, participantId);
    }

    /** The change feed: strictly after a sequence number or after a point in time, oldest first. */
    @Transactional
    public SuccessionViews.ReadinessFeed feed(String since, int limit) {
        List<ReadinessChange> items;
        if (since == null || since.isBlank()) {
            items = model.changes(limit);
        } else if (since.trim().matches("\\d{1,18}")) {
            items = model.changesAfter(Long.parseLong(since.trim()), limit);
        } else {
            OffsetDateTime at;
            try {
                at = OffsetDateTime.parse(since.trim());
            } catch (RuntimeException e) {
                throw ProblemException.badRequest("since", "must be a sequence number or an RFC 3339 timestamp");
            }
            items = model.changesAfter(at.toInstant(), limit);
        }
        String next = items.isEmpty()
                ? (since == null || since.isBlank() ? "0" : since.trim())
                : Long.toString(items.get(items.size() - 1).sequence());
        return new SuccessionViews.ReadinessFeed(items, next);
    }

    @Transactional
    public SuccessionViews.OrganisationBench bench(
            String unitCode, String jobLevel, boolean onlyWithoutReadyNow, PageRequest page) {
        // The levels of the policy in force, in order (by default READY_NOW, READY_1_2_YEARS, READY_3_PLUS_YEARS)
        // and its fallback (NOT_READY): the bench's four counts.
        ReadinessPolicy policy = policies.current().readiness().policy();
        SuccessionReadModel.Bench bench = model.bench(
                unitCode,
                jobLevel,
                onlyWithoutReadyNow,
                policy.levelCodes(),
                policy.fallback().code(),
                page);
        LocalDate today = LocalDate.now(clock);
        Page<SuccessionViews.PositionBench> items = bench.page()
                .map(b -> new SuccessionViews.PositionBench(
                        b.keyPositionId(),
                        b.title(),
                        b.jobLevel(),
                        b.unitCode(),
                        b.criticality(),
                        VacancyRisk.of(b.incumbent(), b.incumbentRetirement(), today, policy.vacancyRisk())
                                .name(),
                        b.readyNow(),
                        b.ready1to2Years(),
                        b.ready3PlusYears(),
                        b.notReady(),
                        b.readyNow() > 0));
        return new SuccessionViews.OrganisationBench(bench.totalPositions(), bench.withoutReadyNow(), items);
    }

    private KeyPosition position(UUID keyPositionId) {
        KeyPosition k = em.find(KeyPosition.class, keyPositionId);
        if (k == null) {
            throw ProblemException.notFound("Key position", keyPositionId);
        }
        return k;
    }

    private static String text(OffsetDateTime t) {
        return t == null ? null : t.toInstant().toString();
    }
}
