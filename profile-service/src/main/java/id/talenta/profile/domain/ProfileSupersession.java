package id.talenta.profile.domain;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Decides what an incoming finalized result does to the latest profile (default, our choice):
 * a revision of the latest profile's assessment replaces it; a result from another assessment replaces it
 * only when that assessment is at least as recent (assessment date, then finalization time), so a late or
 * revised result of an older assessment never overwrites a newer assessment's profile.
 * (Stale revisions and redeliveries are caught earlier, by the inbox and the per-assessment revision guard.)
 */
public final class ProfileSupersession {

    public enum Decision {
        NEW_ASSESSMENT,
        REVISION,
        OLDER_ASSESSMENT,
        STALE_REVISION
    }

    private static final Comparator<LocalDate> DATES = Comparator.nullsFirst(Comparator.naturalOrder());

    private ProfileSupersession() {}

    public static Decision decide(ResultSource latest, ResultSource incoming) {
        if (latest == null) {
            return Decision.NEW_ASSESSMENT;
        }
        if (latest.assessmentEventId().equals(incoming.assessmentEventId())) {
            return incoming.resultRevision() > latest.resultRevision() ? Decision.REVISION : Decision.STALE_REVISION;
        }
        int byDate = DATES.compare(incoming.assessmentDate(), latest.assessmentDate());
        if (byDate != 0) {
            return byDate > 0 ? Decision.NEW_ASSESSMENT : Decision.OLDER_ASSESSMENT;
        }
        return incoming.finalizedAt().isBefore(latest.finalizedAt())
                ? Decision.OLDER_ASSESSMENT
                : Decision.NEW_ASSESSMENT;
    }
}
