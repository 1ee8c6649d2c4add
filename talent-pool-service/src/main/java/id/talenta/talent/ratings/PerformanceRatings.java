package id.talenta.talent.ratings;

import id.talenta.talent.domain.SkpRating;
import id.talenta.talent.domain.SkpYear;
import id.talenta.talent.talent.TalentEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.List;
import java.util.UUID;

/** SKP ratings per participant and year; recording one re-evaluates the person (the latest year counts). */
@ApplicationScoped
public class PerformanceRatings {

    @Inject EntityManager em;
    @Inject TalentEvaluator evaluator;
    @Inject id.talenta.chassis.audit.AuditTrail audit;
    @Inject java.time.Clock clock;

    /** Audit entity type of an SKP rating (id = {@code <participantId>/<year>}). */
    public static final String RATING = "performance-rating";

    public record AuditedRating(int year, String rating, String source) {}

    /** Stores (or replaces) a rating; true when it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(UUID participantId, int year, SkpRating rating, String source, String actor) {
        List<?> previous = em.createNativeQuery(
                        "select rating, source from performance_rating where participant_id = ?1 and year = ?2")
                .setParameter(1, participantId).setParameter(2, year).getResultList();
        Object[] old = previous.isEmpty() ? null : (Object[]) previous.get(0);
        em.createNativeQuery("insert into performance_rating (participant_id, year, rating, source, recorded_by, recorded_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, now()) on conflict (participant_id, year) do update set "
                        + "rating = excluded.rating, source = excluded.source, recorded_by = excluded.recorded_by, "
                        + "recorded_at = now()")
                .setParameter(1, participantId).setParameter(2, year).setParameter(3, rating.name())
                .setParameter(4, source).setParameter(5, actor).executeUpdate();
        audit.record(old == null ? "RECORD_RATING" : "REPLACE_RATING", RATING, participantId + "/" + year,
                old == null ? null : new AuditedRating(year, (String) old[0], (String) old[1]),
                new AuditedRating(year, rating.name(), source), null);
        evaluator.evaluate(participantId);
        return old == null;
    }

    /** Applies one CSV row; returns the row's error, or null when applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String importRow(String nip, String yearText, String ratingText, String actor) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return "nip must be 18 digits";
        }
        int year;
        try {
            year = Integer.parseInt(yearText.trim());
        } catch (RuntimeException e) {
            return "year must be a number";
        }
        String yearProblem = yearProblem(year).orElse(null);
        if (yearProblem != null) {
            return "year " + yearProblem;
        }
        SkpRating rating = SkpRating.parse(ratingText).orElse(null);
        if (rating == null) {
            return "rating must be one of SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG or 1..5 (kuadranKinerjaNilai)";
        }
        List<?> ids = em.createNativeQuery("select participant_id from participant_replica where nip = ?1")
                .setParameter(1, nip).getResultList();
        if (ids.isEmpty()) {
            return "no participant with nip " + nip;
        }
        record((UUID) ids.get(0), year, rating, "IMPORT", actor);
        return null;
    }

    /** What is wrong with an SKP {@code year} today (business time zone), if anything ({@link SkpYear}). */
    public java.util.Optional<String> yearProblem(int year) {
        return SkpYear.problem(year, Year.now(clock).getValue());
    }
}
