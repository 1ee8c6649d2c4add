package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.List;

/** Recommended development for a competency gap (default policy data: the smaller the gap, the lighter the measure). */
public final class DevelopmentBands {

    private DevelopmentBands() {}

    /** The first band (ordered from the smallest gap) whose minGap the gap reaches; the catch-all band otherwise. */
    public static DevelopmentRecommendation recommend(List<DevelopmentBand> bands, BigDecimal gap) {
        if (gap.signum() >= 0) {
            throw new IllegalArgumentException("no development need for a gap of " + gap);
        }
        for (DevelopmentBand band : bands) {
            if (band.minGap() == null || gap.compareTo(band.minGap()) >= 0) {
                return band.recommendation();
            }
        }
        return bands.get(bands.size() - 1).recommendation();
    }
}
