package id.talenta.profile.domain;

import java.math.BigDecimal;
import java.util.List;

/** Recommended development for a competency gap (default policy data: the smaller the gap, the lighter the measure). */
public final class DevelopmentBands {

    private DevelopmentBands() {}

    /** The first band (ordered from the smallest gap) whose minGap the gap reaches; the catch-all band otherwise. */
    public static DevelopmentRecommendation recommend(List<DevelopmentBand> bands, BigDecimal gap) {
        return bands.get(bandIndex(bands, gap)).recommendation();
    }

    /** The development need of a competency with {@code gap}, naming the band that applied. */
    public static DevelopmentNeed need(List<DevelopmentBand> bands, String competency, BigDecimal gap) {
        int i = bandIndex(bands, gap);
        BigDecimal upper = i == 0 ? BigDecimal.ZERO : bands.get(i - 1).minGap();
        BigDecimal lower = bands.get(i).minGap();
        String band = (lower == null ? "" : lower.toPlainString() + " ≤ ") + "gap < " + upper.toPlainString();
        return new DevelopmentNeed(competency, gap, bands.get(i).recommendation(), band);
    }

    private static int bandIndex(List<DevelopmentBand> bands, BigDecimal gap) {
        if (gap.signum() >= 0) {
            throw new IllegalArgumentException("no development need for a gap of " + gap);
        }
        for (int i = 0; i < bands.size(); i++) {
            DevelopmentBand band = bands.get(i);
            if (band.minGap() == null || gap.compareTo(band.minGap()) >= 0) {
                return i;
            }
        }
        return bands.size() - 1;
    }
}
