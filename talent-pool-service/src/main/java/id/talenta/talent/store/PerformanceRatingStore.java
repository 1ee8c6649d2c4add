package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** SKP ratings per participant and year (table performance_rating). */
@ApplicationScoped
public class PerformanceRatingStore {

    /** One stored rating. */
    public record StoredRating(UUID participantId, int year, String rating, String source) {}

    @Inject
    Sql sql;

    public Optional<StoredRating> find(UUID participantId, int year) {
        return sql.statement("select participant_id, year, rating, source from performance_rating "
                        + "where participant_id = :id and year = :year")
                .bind("id", participantId)
                .bind("year", year)
                .one(PerformanceRatingStore::rating);
    }

    /** Every rating of a participant, latest year first. */
    public List<StoredRating> of(UUID participantId) {
        return sql.statement("select participant_id, year, rating, source from performance_rating "
                        + "where participant_id = :id order by year desc")
                .bind("id", participantId)
                .list(PerformanceRatingStore::rating);
    }

    /** Stores or replaces the rating of one year. */
    public void upsert(UUID participantId, int year, String rating, String source, String actor) {
        sql.statement("insert into performance_rating (participant_id, year, rating, source, recorded_by, recorded_at) "
                        + "values (:id, :year, :rating, :source, :actor, now()) on conflict (participant_id, year) do "
                        + "update set rating = excluded.rating, source = excluded.source, "
                        + "recorded_by = excluded.recorded_by, recorded_at = now()")
                .bind("id", participantId)
                .bind("year", year)
                .bind("rating", rating)
                .bind("source", source)
                .bind("actor", actor)
                .execute();
    }

    private static StoredRating rating(id.talenta.chassis.store.Row r) {
        return new StoredRating(r.uuid("participant_id"), r.integer("year"), r.string("rating"), r.string("source"));
    }
}
