package id.talenta.talent.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The re-assessment of one person for one key position, as a pure decision: from the candidacy as it stands, the
 * position, what is known about the person and the readiness policy in force, the new computed and effective
 * readiness, the rule and explanation, and whether anything visible changed. Persisting and publishing the outcome
 * is the caller's (succession.SuccessionService).
 */
public final class Reassessment {

    /** The rule name of a readiness the talent committee set. */
    public static final String OVERRIDE_RULE = "COMMITTEE_OVERRIDE";

    private Reassessment() {}

    /** The candidacy as stored; {@link #NONE} when the person is not a candidate for the position yet. */
    public record Current(
            boolean exists,
            int revision,
            String readiness,
            String computedReadiness,
            boolean nominated,
            String overrideReadiness,
            String overrideReason) {
        public static final Current NONE = new Current(false, 0, null, null, false, null, null);

        public static Current of(Candidate c) {
            return c == null
                    ? NONE
                    : new Current(
                            true,
                            c.revision,
                            c.readiness,
                            c.computedReadiness,
                            c.nominated,
                            c.overrideReadiness,
                            c.overrideReason);
        }
    }

    /** The key position. */
    public record Target(UUID keyPositionId, String title, String jobLevel, String unitCode, UUID incumbent) {
        public static Target of(KeyPosition k) {
            return new Target(k.id, k.title, k.jobLevel, k.unitCode, k.incumbentParticipantId);
        }
    }

    /**
     * What the rules read about the person: who they are, their placement (null: none yet; {@code calibratedOn} the
     * business date of the committee's calibration in force) and their profile's fit per job level.
     */
    public record Facts(
            Person person, PlacementFacts placement, Map<String, Double> fitByJobLevel, boolean assessmentExpired) {
        boolean inPool() {
            return placement != null && placement.inTalentPool();
        }
    }

    /** The parts of a placement the readiness rules and explanations use. */
    public record PlacementFacts(
            int box,
            int computedBox,
            boolean inTalentPool,
            boolean calibrated,
            LocalDate calibratedOn,
            Integer calibrationReviewYear) {}

    public enum Change {
        /** Not a candidate and not eligible: nothing to store. */
        NONE,
        /** The effective readiness stays; the stored details are refreshed. */
        UNCHANGED,
        /** The effective readiness stays but the computed one moved (under a committee override). */
        RECOMPUTED,
        /** The effective readiness changed, or the person enters the list: a new revision, history and event. */
        CHANGED
    }

    /** The outcome; {@code from} is the effective readiness before (null for a new candidate). */
    public record Outcome(
            Change change,
            String from,
            Readiness computed,
            Readiness effective,
            String rule,
            String explanation,
            BigDecimal targetFit,
            Integer box) {}

    public static Outcome decide(
            Current current, Target position, Facts facts, ReadinessPolicy policy, int version, LocalDate today) {
        Person person = facts.person();
        Eligibility.Verdict verdict = new Eligibility(policy)
                .check(
                        new Eligibility.Candidate(
                                person.participantId(),
                                person.level(),
                                person.unitCode(),
                                person.active(),
                                person.retirementDate(),
                                facts.inPool(),
                                current.nominated(),
                                person.known(),
                                facts.assessmentExpired()),
                        new Eligibility.Position(
                                JobLevel.parse(position.jobLevel()).orElseThrow(),
                                position.unitCode(),
                                position.incumbent()),
                        today);
        Double fit =
                facts.fitByJobLevel() == null ? null : facts.fitByJobLevel().get(position.jobLevel());
        Integer box = facts.placement() == null ? null : facts.placement().box();
        Readiness computed;
        String rule;
        String explanation;
        if (verdict.eligible()) {
            ReadinessPolicy.Assessment a = policy.assess(box, fit, version);
            computed = a.readiness();
            rule = a.rule();
            explanation = "Candidate for " + position.title() + " (" + position.jobLevel() + "): " + verdict.reason()
                    + ". " + a.explanation() + calibrationNote(facts.placement());
        } else {
            computed = Readiness.INELIGIBLE;
            rule = verdict.rule();
            explanation = "Not a candidate for " + position.title() + " (" + position.jobLevel() + "): "
                    + verdict.reason() + " (readiness policy v" + version + ").";
        }
        if (!current.exists() && !verdict.eligible()) {
            return new Outcome(Change.NONE, null, computed, computed, rule, explanation, null, box);
        }
        String from = current.revision() == 0 ? null : current.readiness(); // a fresh nomination has no readiness yet
        Readiness override = current.overrideReadiness() == null ? null : Readiness.of(current.overrideReadiness());
        String suspendedOverride = null;
        if (override != null && !policy.isLevel(override.code())) {
            // a policy version without that level: the override no longer means anything, the computed one counts
            suspendedOverride = " The committee's readiness override (" + override + ") is suspended: " + override
                    + " is not a level of readiness policy v" + version + ".";
            override = null;
        }
        Readiness to = Readiness.effective(computed, override);
        if (override != null && Readiness.overrideApplies(computed)) {
            explanation = "Readiness " + to + " set by the talent committee (" + current.overrideReason()
                    + "); the policy computes " + computed + " (rule " + rule + "). " + explanation;
            rule = OVERRIDE_RULE;
        } else if (override != null) {
            explanation = explanation + " The committee's readiness override (" + override
                    + ") is suspended while the candidate is not eligible.";
        }
        if (suspendedOverride != null) {
            explanation = explanation + suspendedOverride;
        }
        BigDecimal targetFit = fit == null ? null : BigDecimal.valueOf(fit).setScale(2, RoundingMode.HALF_UP);
        Change change;
        if (current.revision() > 0 && Objects.equals(from, to.code())) {
            change =
                    Objects.equals(current.computedReadiness(), computed.code()) ? Change.UNCHANGED : Change.RECOMPUTED;
        } else {
            change = Change.CHANGED;
        }
        return new Outcome(change, from, computed, to, rule, explanation, targetFit, box);
    }

    /** When the box the readiness used is the committee's: since when, for which review period, what was computed. */
    static String calibrationNote(PlacementFacts placement) {
        if (placement == null || !placement.calibrated()) {
            return "";
        }
        return " Box " + placement.box() + " is the talent committee's calibration"
                + (placement.calibratedOn() == null ? "" : " of " + placement.calibratedOn())
                + " for the review period "
                + (placement.calibrationReviewYear() == null
                        ? "without an SKP rating"
                        : "SKP " + placement.calibrationReviewYear())
                + " (computed box " + placement.computedBox() + ").";
    }
}
