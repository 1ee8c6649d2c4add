package id.talenta.profile.profile;

import id.talenta.chassis.events.PoisonMessageException;
import id.talenta.profile.domain.AssessmentInput;
import id.talenta.profile.domain.JobLevel;
import id.talenta.profile.events.ParticipantSnapshot;
import id.talenta.profile.events.ResultFinalized;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Turns incoming payloads into domain inputs; anything unusable is poison (dead-letter topic), never a guess. */
final class ResultChecks {

    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private ResultChecks() {}

    static void requireUsable(ResultFinalized r, String eventId) {
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
            for (ResultFinalized.Competency c : r.competencies()) {
                if (c == null || blank(c.code()) || !between(c.level(), ONE, FIVE)) {
                    problems.add("competency " + (c == null ? null : c.code()) + " needs a code and a level 1.0-5.0");
                }
            }
        }
        if (r.potential() != null && r.potential().aspects() != null) {
            for (ResultFinalized.Aspect a : r.potential().aspects()) {
                if (a == null || blank(a.aspect()) || !between(a.score(), ONE, FIVE)) {
                    problems.add("potential aspect " + (a == null ? null : a.aspect()) + " needs a score 1-5");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new PoisonMessageException("event " + eventId + " (assessment.result.finalized) is unusable: "
                    + String.join("; ", problems));
        }
    }

    static AssessmentInput inputOf(ResultFinalized r) {
        List<AssessmentInput.AchievedLevel> levels = r.competencies().stream()
                .map(c -> new AssessmentInput.AchievedLevel(c.code(), c.level())).toList();
        List<AssessmentInput.AspectScore> aspects = r.potential() == null || r.potential().aspects() == null ? null
                : r.potential().aspects().stream().map(a -> new AssessmentInput.AspectScore(a.aspect(), a.score())).toList();
        return new AssessmentInput(levels, aspects);
    }

    static ParticipantReplica replicaOf(ParticipantSnapshot p, String eventId) {
        List<String> problems = new ArrayList<>();
        if (p.participantId() == null) {
            problems.add("participantId missing");
        }
        if (p.revision() == null || p.revision() < 1) {
            problems.add("revision must be 1 or more");
        }
        if (JobLevel.parse(p.jobLevel()).isEmpty()) {
            problems.add("jobLevel " + p.jobLevel() + " is not a job level");
        }
        if (blank(p.nip()) || blank(p.fullName()) || blank(p.unitCode())) {
            problems.add("nip, fullName and unitCode are required");
        }
        if (blank(p.status())) {
            problems.add("status is required"); // kept verbatim: the replica does not interpret it
        }
        if (!problems.isEmpty()) {
            throw new PoisonMessageException("event " + eventId + " (participant) is unusable: "
                    + String.join("; ", problems));
        }
        return new ParticipantReplica(p.participantId(), p.nip(), p.fullName(), JobLevel.valueOf(p.jobLevel()),
                p.unitCode(), p.status(), p.revision());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean between(BigDecimal v, BigDecimal min, BigDecimal max) {
        return v != null && v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
    }
}
