package id.talenta.talent.talent;

import id.talenta.chassis.audit.AuditAction;
import id.talenta.chassis.audit.AuditTrail;
import id.talenta.talent.domain.CalibrationTerm;
import id.talenta.talent.domain.Placement;
import id.talenta.talent.store.CalibrationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    CalibrationStore store;

    @Inject
    AuditTrail audit;

    /** Puts {@code box} in force for the review period {@code reviewYear} and the assessment {@code resultId}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void start(Placement p, int box, String reason, String actor, Integer reviewYear, UUID resultId) {
        if (p.calibrated()) {
            store.close(p.participantId, CalibrationTerm.End.REPLACED.name(), "replaced by a new calibration", actor);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        store.insert(p.participantId, box, p.box, p.computedBox, reason, actor, reviewYear, resultId, now.toInstant());
        p.calibratedBox = box;
        p.calibrationReviewYear = reviewYear;
        p.calibrationResultId = resultId;
        p.calibratedAt = now;
        p.calibrationChanged = true;
    }

    /**
     * Ends the calibration in force: the computed box applies again. Audited as {@code WITHDRAW} on the placement;
     * the reason is the committee's (withdrawn) or says which lapse it was ({@code LAPSED_...: why}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Placement p, CalibrationTerm.End end, String note) {
        TalentEvaluator.AuditedPlacement before = TalentEvaluator.AuditedPlacement.of(p);
        store.close(p.participantId, end.name(), note, audit.actorName());
        p.endCalibration();
        audit.record(
                AuditAction.WITHDRAW,
                TalentEvaluator.PLACEMENT,
                p.participantId,
                before,
                TalentEvaluator.AuditedPlacement.of(p),
                end == CalibrationTerm.End.WITHDRAWN ? note : end + ": " + note);
    }
}
