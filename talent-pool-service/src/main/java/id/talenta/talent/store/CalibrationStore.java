package id.talenta.talent.store;

import id.talenta.chassis.store.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The committee's box calibrations (table calibration): every one stays, with how and when it ended. */
@ApplicationScoped
public class CalibrationStore {

    /**
     * One committee calibration: the box, why, by whom and when; the review period it belongs to ({@code reviewYear},
     * the SKP year it was made on; null without a rating) and, once it no longer holds, when and how it ended
     * ({@code endReason} LAPSED_NEWER_SKP_YEAR, LAPSED_NEW_ASSESSMENT, WITHDRAWN or REPLACED, {@code endNote} the
     * lapse explanation or the withdrawal reason). In force while {@code endedAt} is null.
     */
    public record CalibrationEntry(
            int box,
            int previousBox,
            int computedBox,
            String reason,
            String actor,
            String at,
            Integer reviewYear,
            String endedAt,
            String endReason,
            String endNote,
            String endedBy) {}

    @Inject
    Sql sql;

    public void insert(
            UUID participantId,
            int box,
            int previousBox,
            int computedBox,
            String reason,
            String actor,
            Integer reviewYear,
            UUID resultId,
            Instant at) {
        sql.statement("insert into calibration (participant_id, box, previous_box, computed_box, reason, actor, "
                        + "review_year, result_id, at) values (:participant, :box, :previous, :computed, :reason, "
                        + ":actor, cast(:year as integer), cast(:result as uuid), :at)")
                .bind("participant", participantId)
                .bind("box", box)
                .bind("previous", previousBox)
                .bind("computed", computedBox)
                .bind("reason", reason)
                .bind("actor", actor)
                .bind("year", reviewYear)
                .bind("result", resultId)
                .bind("at", at)
                .execute();
    }

    /** Ends the calibration in force of a participant, if any. */
    public void close(UUID participantId, String endReason, String note, String actor) {
        sql.statement("update calibration set ended_at = now(), end_reason = :end, end_note = :note, ended_by = :actor "
                        + "where participant_id = :participant and ended_at is null")
                .bind("participant", participantId)
                .bind("end", endReason)
                .bind("note", note)
                .bind("actor", actor)
                .execute();
    }

    /** Every calibration of a participant, newest first. */
    public List<CalibrationEntry> of(UUID participantId) {
        return sql.statement("select box, previous_box, computed_box, reason, actor, at, review_year, ended_at, "
                        + "end_reason, end_note, ended_by from calibration where participant_id = :id order by id desc")
                .bind("id", participantId)
                .list(r -> new CalibrationEntry(
                        r.integer("box"),
                        r.integer("previous_box"),
                        r.integer("computed_box"),
                        r.string("reason"),
                        r.string("actor"),
                        PlacementStore.text(r.instant("at")),
                        r.integer("review_year"),
                        PlacementStore.text(r.instant("ended_at")),
                        r.string("end_reason"),
                        r.string("end_note"),
                        r.string("ended_by")));
    }
}
