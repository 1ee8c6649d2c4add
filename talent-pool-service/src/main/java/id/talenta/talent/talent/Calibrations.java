package id.talenta.talent.talent;

import id.talenta.chassis.audit.AuditTrail;
import id.talenta.talent.domain.CalibrationTerm;
import id.talenta.talent.domain.Placement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The committee's box calibrations of one placement: starting one (which ends the one in force as REPLACED) and
 * ending one (lapsed by {@link CalibrationTerm} or withdrawn). Every calibration stays in the {@code calibration}
 * table with how, when and by whom it ended; each end is audited.
 */
@ApplicationScoped
public class Calibrations {

    @Inject EntityManager em;
    @Inject AuditTrail audit;

    /** Puts {@code box} in force for the review period {@code reviewYear} and the assessment {@code resultId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Placement p, int box, String reason, String actor, Integer reviewYear, UUID resultId) {
        if (p.calibrated()) {
            close(p.participantId, CalibrationTerm.End.REPLACED, "replaced by a new calibration", actor);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        em.createNativeQuery("insert into calibration (participant_id, box, previous_box, computed_box, reason, actor, "
                        + "review_year, result_id, at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                .setParameter(1, p.participantId).setParameter(2, box).setParameter(3, p.box)
                .setParameter(4, p.computedBox).setParameter(5, reason).setParameter(6, actor)
                .setParameter(7, reviewYear).setParameter(8, resultId).setParameter(9, now)
                .executeUpdate();
        p.calibratedBox = box;
        p.calibrationReviewYear = reviewYear;
        p.calibrationResultId = resultId;
        p.calibratedAt = now;
        p.calibrationChanged = true;
    }

    /**
     * Ends the calibration in force: the computed box applies again. Audited as {@code LAPSE_CALIBRATION} or
     * {@code WITHDRAW_CALIBRATION} with {@code note} as the reason.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Placement p, CalibrationTerm.End end, String note) {
        TalentEvaluator.AuditedPlacement before = TalentEvaluator.AuditedPlacement.of(p);
        close(p.participantId, end, note, audit.actorName());
        p.endCalibration();
        audit.record(end == CalibrationTerm.End.WITHDRAWN ? "WITHDRAW_CALIBRATION" : "LAPSE_CALIBRATION",
                TalentEvaluator.PLACEMENT, p.participantId, before, TalentEvaluator.AuditedPlacement.of(p), note);
    }

    private void close(UUID participantId, CalibrationTerm.End end, String note, String actor) {
        em.createNativeQuery("update calibration set ended_at = now(), end_reason = ?2, end_note = ?3, ended_by = ?4 "
                        + "where participant_id = ?1 and ended_at is null")
                .setParameter(1, participantId).setParameter(2, end.name()).setParameter(3, note)
                .setParameter(4, actor).executeUpdate();
    }
}
