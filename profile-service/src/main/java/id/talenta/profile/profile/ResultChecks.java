package id.talenta.profile.profile;

import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.events.ResultFinalizedPayload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns a finalized result into the domain input; anything unusable is poison (dead-letter topic), never a guess. */
final class ResultChecks {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private ResultChecks() {}

    static void requireUsable(ResultFinalizedPayload r, String eventId) {
        List<String> problems = new ArrayList<>();
        if (r.participantId() == null) {
            problems.add("participantId missing");
        }
        if (r.resultId() == null) {
            problems.add("resultId missing");
        }
        if (r.assessmentEventId() == null) {
            problems.add("assessmentEventId missing");
        }
        if (r.revision() == null || r.revision() < 1) {
            problems.add("revision must be 1 or more");
        }
        if (r.finalizedAt() == null) {
            problems.add("finalizedAt missing");
        }
        if (JobLevel.parse(r.jobLevelAtAssessment()).isEmpty()) {
            problems.add("jobLevelAtAssessment " + r.jobLevelAtAssessment() + " is not a job level");
        }
        if (blank(r.nip()) || blank(r.fullName()) || blank(r.unitCodeAtAssessment())) {
            problems.add("nip, fullName and unitCodeAtAssessment are required");
        }
        if (r.competencies() == null || r.competencies().isEmpty()) {
            problems.add("competencies missing");
        } else {
            for (ResultFinalizedPayload.Competency c : r.competencies()) {
                if (c == null || blank(c.code()) || !between(c.level(), ONE, FIVE)) {
                    problems.add("competency " + (c == null ? null : c.code()) + " needs a code and a level 1.0-5.0");
                }
            }
        }
        if (r.potential() != null && r.potential().aspects() != null) {
            for (ResultFinalizedPayload.Aspect a : r.potential().aspects()) {
                if (a == null || blank(a.aspect()) || !between(a.score(), ONE, FIVE)) {
                    problems.add("potential aspect " + (a == null ? null : a.aspect()) + " needs a score 1-5");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PoisonMessageException(
                    "event " + eventId + " (assessment.result.finalized) is unusable: " + String.join("; ", problems));
        }
    }

    static AssessmentInput inputOf(ResultFinalizedPayload r) {
        List<AssessmentInput.AchievedLevel> levels = r.competencies().stream()
                .map(c -> new AssessmentInput.AchievedLevel(c.code(), c.level()))
                .toList();
        List<AssessmentInput.AspectScore> aspects =
                r.potential() == null || r.potential().aspects() == null
                        ? null
                        : r.potential().aspects().stream()
                                .map(a -> new AssessmentInput.AspectScore(a.aspect(), a.score()))
                                .toList();
        return new AssessmentInput(levels, aspects);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean between(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v != null && v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }
}
