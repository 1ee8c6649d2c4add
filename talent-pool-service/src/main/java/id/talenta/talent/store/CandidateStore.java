package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import id.talenta.talent.domain.Candidate;
import id.talenta.talent.domain.KeyPosition;
import id.talenta.talent.domain.Readiness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/** Candidacies (table candidate) and the key positions and placements the candidate rules look at. */
@ApplicationScoped
public class CandidateStore {

    /** A candidacy with its key position (managed entities: the re-assessment changes the candidacy). */
    public record Candidacy(Candidate candidate, KeyPosition position) {}

    /** One candidacy as the talent view shows it. */
    public record CandidacyView(
            UUID keyPositionId,
            String positionTitle,
            String jobLevel,
            String unitCode,
            String readiness,
            String computedReadiness,
            boolean calibrated,
            BigDecimal targetFit,
            Integer box,
            String source,
            String rule,
            String explanation,
            int revision,
            String changedAt) {}

    @Inject
    EntityManager em;

    @Inject
    Sql sql;

    /** Every candidacy of the given participants, by participant. */
    public Map<UUID, List<Candidacy>> candidaciesOf(Collection<UUID> participantIds) {
        Map<UUID, List<Candidacy>> by = new HashMap<>();
        em.createQuery(
                        "select c as candidate, k as position from Candidate c, KeyPosition k "
                                + "where k.id = c.keyPositionId and c.participantId in :ids",
                        Tuple.class)
                .setParameter("ids", participantIds)
                .getResultList()
                .forEach(t -> {
                    Candidate c = t.get("candidate", Candidate.class);
                    by.computeIfAbsent(c.participantId, x -> new ArrayList<>())
                            .add(new Candidacy(c, t.get("position", KeyPosition.class)));
                });
        return by;
    }

    /** Every candidacy of one participant. */
    public List<Candidacy> candidaciesOf(UUID participantId) {
        return candidaciesOf(List.of(participantId)).getOrDefault(participantId, List.of());
    }

    /** The key positions at the given job levels (of the given units; null = any unit), read-only. */
    public List<KeyPosition> positionsAt(Set<String> levels, Set<String> units) {
        var query = em.createQuery(
                        "select k from KeyPosition k where k.jobLevel in :levels"
                                + (units == null ? "" : " and k.unitCode in :units"),
                        KeyPosition.class)
                .setParameter("levels", levels)
                .setHint(HibernateHints.HINT_READ_ONLY, true);
        if (units != null) {
            query.setParameter("units", units);
        }
        return query.getResultList();
    }

    /** The key positions at the given levels (of {@code unitCode}; null = any) the participant is no candidate for. */
    public List<KeyPosition> positionsWithout(
            UUID participantId, Set<String> levels, String unitCode, boolean unitScope) {
        var query = em.createQuery(
                        "select k from KeyPosition k where k.jobLevel in :levels "
                                + (unitScope ? "and k.unitCode = :unit " : "")
                                + "and not exists (select 1 from Candidate c where c.keyPositionId = k.id and c.participantId = :p)",
                        KeyPosition.class)
                .setParameter("levels", levels)
                .setParameter("p", participantId);
        if (unitScope) {
            query.setParameter("unit", unitCode);
        }
        return query.getResultList();
    }

    /**
     * Everyone a position's re-assessment looks at, ascending: its candidates and the placed people at the
     * qualifying levels (pool members only when {@code poolOnly}; of its unit under unit scope).
     */
    public TreeSet<UUID> consideredFor(KeyPosition position, Set<String> levels, boolean poolOnly, boolean unitScope) {
        TreeSet<UUID> ids = new TreeSet<>(
                em.createQuery("select c.participantId from Candidate c where c.keyPositionId = :k", UUID.class)
                        .setParameter("k", position.id)
                        .getResultList());
        if (!levels.isEmpty()) {
            var query = em.createQuery(
                            "select p.participantId from Placement p where "
                                    + (poolOnly ? "p.inTalentPool = true and " : "")
                                    + "p.jobLevel in :levels" + (unitScope ? " and p.unitCode = :unit" : ""),
                            UUID.class)
                    .setParameter("levels", levels);
            if (unitScope) {
                query.setParameter("unit", position.unitCode);
            }
            ids.addAll(query.getResultList());
        }
        return ids;
    }

    /** The candidacies of one participant that are on a list, by position title. */
    public List<CandidacyView> onTheList(UUID participantId) {
        return sql.statement("select k.id, k.title, k.job_level, k.unit_code, c.readiness, c.target_fit, c.box, "
                        + "c.nominated, c.rule, c.explanation, c.revision, c.changed_at, c.computed_readiness, "
                        + "c.override_readiness from candidate c join key_position k on k.id = c.key_position_id "
                        + "where c.participant_id = :id and c.readiness <> 'INELIGIBLE' order by k.title")
                .bind("id", participantId)
                .list(r -> new CandidacyView(
                        r.uuid("id"),
                        r.string("title"),
                        r.string("job_level"),
                        r.string("unit_code"),
                        r.string("readiness"),
                        r.string("computed_readiness"),
                        !r.isNull("override_readiness")
                                && Readiness.overrideApplies(Readiness.of(r.string("computed_readiness"))),
                        r.decimal("target_fit"),
                        r.integer("box"),
                        Boolean.TRUE.equals(r.bool("nominated")) ? "NOMINATED" : "AUTO",
                        r.string("rule"),
                        r.string("explanation"),
                        r.integer("revision"),
                        PlacementStore.text(r.instant("changed_at"))));
    }
}
