package id.talenta.talent.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * How long a committee's box calibration holds (docs/domain.md, "Calibration"): it belongs to one review period, by
 * default the SKP year it was made on, and to the assessment result it was made on. It lapses when a newer SKP year
 * or a new assessment result arrives; a rating for the same or an earlier year, a revision of the same result or a
 * recomputation under a new framework or policy keep it. The committee may also withdraw it (not decided here).
 */
public final class CalibrationTerm {

    /** Why a calibration ended. */
    public enum End {
        LAPSED_NEWER_SKP_YEAR,
        LAPSED_NEW_ASSESSMENT,
        WITHDRAWN,
        REPLACED
    }

    /** A calibration that no longer holds: the code and the sentence for the explanation. */
    public record Lapse(End end, String reason) {}

    private CalibrationTerm() {}

    /**
     * @param reviewYear   the SKP year the calibration was made on (null: the person had no rating then)
     * @param resultId     the assessment result it was made on (null: not known, calibrations made before results
     *                     were tracked; they lapse only by SKP year)
     * @param latestYear   the latest SKP year on record now (null: none)
     * @param latestResult the assessment result of the current profile (null: not known)
     */
    public static Optional<Lapse> lapse(Integer reviewYear, UUID resultId, Integer latestYear, UUID latestResult) {
        if (latestYear != null && (reviewYear == null || latestYear > reviewYear)) {
            return Optional.of(new Lapse(
                    End.LAPSED_NEWER_SKP_YEAR,
                    "SKP year " + latestYear + " is newer than its " + "review period ("
                            + (reviewYear == null ? "no SKP rating" : "SKP " + reviewYear) + ")"));
        }
        if (resultId != null && latestResult != null && !resultId.equals(latestResult)) {
            return Optional.of(
                    new Lapse(End.LAPSED_NEW_ASSESSMENT, "a new assessment result arrived after it was made"));
        }
        return Optional.empty();
    }
}
