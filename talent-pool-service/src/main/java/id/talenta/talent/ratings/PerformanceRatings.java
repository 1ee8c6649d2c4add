package id.talenta.talent.ratings;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.chassis.problem.ProblemException;
import id.talenta.talent.domain.SkpRating;
import id.talenta.talent.domain.SkpYear;
import id.talenta.talent.store.People;
import id.talenta.talent.store.PerformanceRatingStore;
import id.talenta.talent.store.PerformanceRatingStore.StoredRating;
import id.talenta.talent.talent.TalentEvaluator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SKP ratings per participant and year; recording one re-evaluates the person (the latest year counts). */
@ApplicationScoped
public class PerformanceRatings {

    @Inject
    PerformanceRatingStore store;

    @Inject
    People people;

    @Inject
    TalentEvaluator evaluator;

    @Inject
    AuditTrail audit;

    @Inject
    java.time.Clock clock;

    /** Audit entity type of an SKP rating (id = {@code <participantId>/<year>}). */
    public static final String RATING = "performance-rating";

    public record AuditedRating(int year, String rating, String source) {}

    /** Records (or replaces) the rating of a participant this service knows; true when it was new, 404 otherwise. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean recordKnown(UUID participantId, int year, SkpRating rating, String source, String actor) {
        if (people.find(participantId).isEmpty()) {
            throw ProblemException.notFound("Participant", participantId);
        }
        return record(participantId, year, rating, source, actor);
    }

    /** Every rating of a participant, latest year first. */
    @Transactional
    public List<StoredRating> of(UUID participantId) {
        return store.of(participantId);
    }

    /** Stores (or replaces) a rating; true when it was new. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(UUID participantId, int year, SkpRating rating, String source, String actor) {
        Optional<StoredRating> old = store.find(participantId, year);
        store.upsert(participantId, year, rating.name(), source, actor);
        audit.record(
                AuditAction.RATE,
                RATING,
                participantId + "/" + year,
                old.map(o -> new AuditedRating(year, o.rating(), o.source())).orElse(null),
                new AuditedRating(year, rating.name(), source),
                null);
        evaluator.evaluate(participantId);
        return old.isEmpty();
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
        Optional<UUID> participant = people.byNip(nip);
        if (participant.isEmpty()) {
            return "no participant with nip " + nip;
        }
        record(participant.get(), year, rating, "IMPORT", actor);
        return null;
    }

    /** What is wrong with an SKP {@code year} today (business time zone), if anything ({@link SkpYear}). */
    public Optional<String> yearProblem(int year) {
        return SkpYear.problem(year, Year.now(clock).getValue());
    }
}
