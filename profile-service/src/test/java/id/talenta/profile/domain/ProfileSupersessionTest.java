package id.talenta.profile.domain;

import static id.talenta.profile.domain.ProfileSupersession.Decision.NEW_ASSESSMENT;
import static id.talenta.profile.domain.ProfileSupersession.Decision.OLDER_ASSESSMENT;
import static id.talenta.profile.domain.ProfileSupersession.Decision.REVISION;
import static id.talenta.profile.domain.ProfileSupersession.Decision.STALE_REVISION;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProfileSupersessionTest {

    private static final UUID MAY_EVENT = UUID.randomUUID();
    private static final UUID SEPTEMBER_EVENT = UUID.randomUUID();
    private static final ResultSource MAY_REV_1 = source(MAY_EVENT, 1, "2025-05-14", "2025-05-20T08:00:00Z");

    @Test
    void theFirstResultMakesTheFirstProfile() {
        assertEquals(NEW_ASSESSMENT, ProfileSupersession.decide(null, MAY_REV_1));
    }

    @Test
    void aHigherRevisionOfTheSameAssessmentReplacesIt() {
        assertEquals(
                REVISION,
                ProfileSupersession.decide(MAY_REV_1, source(MAY_EVENT, 2, "2025-05-14", "2025-06-01T00:00:00Z")));
    }

    @Test
    void anEqualOrLowerRevisionOfTheSameAssessmentChangesNothing() {
        ResultSource rev2 = source(MAY_EVENT, 2, "2025-05-14", "2025-06-01T00:00:00Z");
        assertEquals(STALE_REVISION, ProfileSupersession.decide(rev2, MAY_REV_1));
        assertEquals(STALE_REVISION, ProfileSupersession.decide(rev2, rev2));
    }

    @Test
    void aLaterAssessmentReplacesAnEarlierOne() {
        assertEquals(
                NEW_ASSESSMENT,
                ProfileSupersession.decide(
                        MAY_REV_1, source(SEPTEMBER_EVENT, 1, "2025-09-01", "2025-09-05T00:00:00Z")));
    }

    @Test
    void aLateRevisionOfAnOlderAssessmentDoesNotReplaceANewerAssessment() {
        ResultSource september = source(SEPTEMBER_EVENT, 1, "2025-09-01", "2025-09-05T00:00:00Z");
        assertEquals(
                OLDER_ASSESSMENT,
                ProfileSupersession.decide(september, source(MAY_EVENT, 3, "2025-05-14", "2025-10-01T00:00:00Z")));
    }

    @Test
    void onTheSameAssessmentDateTheLaterFinalizationWins() {
        ResultSource other = source(SEPTEMBER_EVENT, 1, "2025-05-14", "2025-05-21T00:00:00Z");
        assertEquals(NEW_ASSESSMENT, ProfileSupersession.decide(MAY_REV_1, other));
        assertEquals(OLDER_ASSESSMENT, ProfileSupersession.decide(other, MAY_REV_1));
    }

    private static ResultSource source(UUID event, int revision, String date, String finalizedAt) {
        return new ResultSource(event, UUID.randomUUID(), revision, Instant.parse(finalizedAt), LocalDate.parse(date));
    }
}
