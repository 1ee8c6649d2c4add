package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReassessmentTest {

    static final ReadinessPolicy POLICY = SeededPolicies.readiness();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);
    static final UUID PERSON = UUID.randomUUID();
    static final Reassessment.Target POSITION =
            new Reassessment.Target(UUID.randomUUID(), "Kepala Bidang", "ADMINISTRATOR", "DINKES", null);

    static Reassessment.Facts facts(boolean active, int box, double fit) {
        Person person = new Person(
                PERSON, "198001012005031001", "Peserta", "PENGAWAS", "DINKES", true, active, LocalDate.of(2045, 1, 1));
        return new Reassessment.Facts(
                person,
                new Reassessment.PlacementFacts(box, box, box >= 7, false, null, null),
                Map.of("ADMINISTRATOR", fit),
                false);
    }

    static Reassessment.Current candidate(String readiness, String computed, String override) {
        return new Reassessment.Current(true, 1, readiness, computed, false, override, override == null ? null : "why");
    }

    static Reassessment.Outcome decide(Reassessment.Current current, Reassessment.Facts facts) {
        return Reassessment.decide(current, POSITION, facts, POLICY, 3, TODAY);
    }

    @Test
    void anEligiblePoolMemberEntersTheListWithTheComputedReadiness() {
        Reassessment.Outcome o = decide(Reassessment.Current.NONE, facts(true, 9, 95.0));
        assertEquals(Reassessment.Change.CHANGED, o.change());
        assertNull(o.from());
        assertEquals("READY_NOW", o.effective().code());
        assertEquals(o.computed(), o.effective());
        assertEquals(new BigDecimal("95.00"), o.targetFit());
        assertEquals(9, o.box());
        assertTrue(o.explanation().startsWith("Candidate for Kepala Bidang (ADMINISTRATOR)"), o.explanation());
    }

    @Test
    void someoneIneligibleWhoIsNotACandidateIsNotStored() {
        assertEquals(
                Reassessment.Change.NONE,
                decide(Reassessment.Current.NONE, facts(false, 9, 95.0)).change());
    }

    @Test
    void theSameReadinessAgainChangesNothingVisible() {
        Reassessment.Outcome o = decide(candidate("READY_NOW", "READY_NOW", null), facts(true, 9, 95.0));
        assertEquals(Reassessment.Change.UNCHANGED, o.change());
        assertEquals("READY_NOW", o.from());
    }

    @Test
    void aCommitteeOverrideDecidesAndAMovedComputedReadinessIsOnlyRecorded() {
        Reassessment.Outcome o =
                decide(candidate("READY_1_2_YEARS", "READY_NOW", "READY_1_2_YEARS"), facts(true, 8, 80.0));
        assertEquals(Reassessment.Change.RECOMPUTED, o.change());
        assertEquals("READY_1_2_YEARS", o.effective().code());
        assertEquals("READY_1_2_YEARS", o.computed().code());
        assertEquals(Reassessment.OVERRIDE_RULE, o.rule());
        assertTrue(
                o.explanation().startsWith("Readiness READY_1_2_YEARS set by the talent committee (why)"),
                o.explanation());
    }

    @Test
    void anOverrideIsSuspendedWhileThePersonIsIneligible() {
        Reassessment.Outcome o =
                decide(candidate("READY_1_2_YEARS", "READY_NOW", "READY_1_2_YEARS"), facts(false, 9, 95.0));
        assertEquals(Reassessment.Change.CHANGED, o.change());
        assertEquals("READY_1_2_YEARS", o.from());
        assertEquals(Readiness.INELIGIBLE, o.effective());
        assertTrue(o.explanation().contains("is suspended while the candidate is not eligible"), o.explanation());
    }

    @Test
    void anOverrideToALevelThePolicyNoLongerHasIsSuspended() {
        Reassessment.Outcome o = decide(candidate("READY_NOW", "READY_NOW", "GONE_LEVEL"), facts(true, 9, 95.0));
        assertEquals(Reassessment.Change.UNCHANGED, o.change());
        assertEquals("READY_NOW", o.effective().code());
        assertTrue(o.explanation().contains("GONE_LEVEL is not a level of readiness policy v3"), o.explanation());
    }

    @Test
    void theExplanationSaysWhenTheBoxIsTheCommitteesCalibration() {
        Person person = facts(true, 9, 95.0).person();
        Reassessment.Facts calibrated = new Reassessment.Facts(
                person,
                new Reassessment.PlacementFacts(9, 7, true, true, LocalDate.of(2025, 6, 2), 2024),
                Map.of("ADMINISTRATOR", 95.0),
                false);
        Reassessment.Outcome o = decide(Reassessment.Current.NONE, calibrated);
        assertTrue(
                o.explanation()
                        .endsWith(" Box 9 is the talent committee's calibration of 2025-06-02 for the review "
                                + "period SKP 2024 (computed box 7)."),
                o.explanation());
    }

    @Test
    void aPersonKnownOnlyFromTheirProfileIsNotProposed() {
        Person profileOnly = new Person(PERSON, null, "Peserta", "PENGAWAS", "DINKES", false, true, null);
        Reassessment.Facts facts = new Reassessment.Facts(
                profileOnly,
                new Reassessment.PlacementFacts(9, 9, true, false, null, null),
                Map.of("ADMINISTRATOR", 95.0),
                false);
        assertEquals(
                Reassessment.Change.NONE,
                decide(Reassessment.Current.NONE, facts).change());
    }
}
