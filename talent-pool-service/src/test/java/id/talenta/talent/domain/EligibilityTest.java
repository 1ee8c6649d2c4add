package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EligibilityTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
    static final UUID PERSON = UUID.randomUUID();
    static final UUID INCUMBENT = UUID.randomUUID();
    static final Eligibility RULES = new Eligibility(SeededPolicies.readiness());
    static final Eligibility.Position JPT = new Eligibility.Position(JobLevel.JPT_PRATAMA, "DISDIK", INCUMBENT);

    static Eligibility.Candidate candidate(JobLevel level) {
        return new Eligibility.Candidate(PERSON, level, "BAPPEDA", true, LocalDate.of(2040, 1, 1), true, false);
    }

    @Test
    void shouldHaveTheDomainFeederLevels() {
        assertEquals(
                EnumSet.of(JobLevel.JPT_PRATAMA, JobLevel.ADMINISTRATOR, JobLevel.AHLI_MADYA),
                RULES.qualifyingLevels(JobLevel.JPT_PRATAMA));
        assertEquals(
                EnumSet.of(JobLevel.ADMINISTRATOR, JobLevel.PENGAWAS, JobLevel.AHLI_MUDA),
                RULES.qualifyingLevels(JobLevel.ADMINISTRATOR));
        assertEquals(
                EnumSet.of(JobLevel.PENGAWAS, JobLevel.PELAKSANA, JobLevel.AHLI_PERTAMA, JobLevel.PENYELIA),
                RULES.qualifyingLevels(JobLevel.PENGAWAS));
        assertEquals(EnumSet.of(JobLevel.AHLI_UTAMA), RULES.qualifyingLevels(JobLevel.AHLI_UTAMA));
    }

    @ParameterizedTest
    @EnumSource(JobLevel.class)
    void targetLevelsShouldBeTheInverseOfQualifyingLevels(JobLevel candidateLevel) {
        for (JobLevel target : JobLevel.values()) {
            assertEquals(
                    RULES.qualifyingLevels(target).contains(candidateLevel),
                    RULES.targetLevels(candidateLevel).contains(target),
                    candidateLevel + " -> " + target);
        }
    }

    @Test
    void shouldAcceptFeederAndLateralPoolMembers() {
        assertTrue(RULES.check(candidate(JobLevel.ADMINISTRATOR), JPT, TODAY).eligible());
        assertTrue(RULES.check(candidate(JobLevel.AHLI_MADYA), JPT, TODAY).eligible());
        assertTrue(RULES.check(candidate(JobLevel.JPT_PRATAMA), JPT, TODAY).eligible());
    }

    @Test
    void shouldRejectNonFeederLevel() {
        Eligibility.Verdict v = RULES.check(candidate(JobLevel.PENGAWAS), JPT, TODAY);
        assertFalse(v.eligible());
        assertEquals("INELIGIBLE_JOB_LEVEL", v.rule());
    }

    @Test
    void shouldRejectTheIncumbent() {
        Eligibility.Candidate c =
                new Eligibility.Candidate(INCUMBENT, JobLevel.JPT_PRATAMA, "DISDIK", true, null, true, true);
        assertEquals("INELIGIBLE_INCUMBENT", RULES.check(c, JPT, TODAY).rule());
    }

    @Test
    void shouldRejectWhoRetiresWithinTwelveMonthsButNotAfter() {
        Eligibility.Candidate onBoundary =
                new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, TODAY.plusMonths(12), true, false);
        Eligibility.Candidate dayAfter = new Eligibility.Candidate(
                PERSON, JobLevel.ADMINISTRATOR, "X", true, TODAY.plusMonths(12).plusDays(1), true, false);
        assertEquals("INELIGIBLE_RETIRING", RULES.check(onBoundary, JPT, TODAY).rule());
        assertTrue(RULES.check(dayAfter, JPT, TODAY).eligible());
    }

    @Test
    void shouldRejectInactiveAndNonPoolMembers() {
        assertEquals(
                "INELIGIBLE_INACTIVE",
                RULES.check(
                                new Eligibility.Candidate(
                                        PERSON, JobLevel.ADMINISTRATOR, "X", false, null, true, false),
                                JPT,
                                TODAY)
                        .rule());
        assertEquals(
                "INELIGIBLE_NOT_IN_POOL",
                RULES.check(
                                new Eligibility.Candidate(
                                        PERSON, JobLevel.ADMINISTRATOR, "X", true, null, false, false),
                                JPT,
                                TODAY)
                        .rule());
    }

    @Test
    void nominationShouldWaivePoolAndLevelButNotHardExclusions() {
        assertTrue(RULES.check(
                        new Eligibility.Candidate(PERSON, JobLevel.PELAKSANA, "X", true, null, false, true), JPT, TODAY)
                .eligible());
        assertEquals(
                "INELIGIBLE_INACTIVE",
                RULES.check(
                                new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", false, null, true, true),
                                JPT,
                                TODAY)
                        .rule());
        assertEquals(
                "INELIGIBLE_RETIRING",
                RULES.check(
                                new Eligibility.Candidate(
                                        PERSON, JobLevel.ADMINISTRATOR, "X", true, TODAY.plusMonths(3), true, true),
                                JPT,
                                TODAY)
                        .rule());
    }

    @Test
    void aPersonWhoseParticipantRecordHasNotArrivedIsNeverACandidateNotEvenNominated() {
        for (boolean nominated : new boolean[] {false, true}) {
            Eligibility.Verdict v = RULES.check(
                    new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, null, true, nominated, false),
                    JPT,
                    TODAY);
            assertEquals("INELIGIBLE_PARTICIPANT_UNKNOWN", v.rule());
            assertTrue(v.reason().contains("has not arrived"), v.reason());
        }
        // the same person, once known, is a candidate
        assertTrue(RULES.check(
                        new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, null, true, false, true),
                        JPT,
                        TODAY)
                .eligible());
    }

    @Test
    void theTalentPoolIsTheSuccessionGroupUnlessThePolicyWidensAutomaticCandidacy() {
        ReadinessPolicy base = SeededPolicies.readiness();
        assertEquals(AutomaticCandidates.TALENT_POOL, base.automaticCandidates());
        Eligibility.Candidate outsidePool =
                new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, null, false, false);
        assertEquals(
                "INELIGIBLE_NOT_IN_POOL", RULES.check(outsidePool, JPT, TODAY).rule());
        Eligibility widened = new Eligibility(new ReadinessPolicy(
                base.rules(),
                base.feederLevels(),
                base.allowLateral(),
                base.retirementExclusionMonths(),
                base.vacancyRisk(),
                base.candidateScope(),
                AutomaticCandidates.ALL_ELIGIBLE));
        Eligibility.Verdict v = widened.check(outsidePool, JPT, TODAY);
        assertTrue(v.eligible());
        assertTrue(v.reason().contains("outside the talent pool"), v.reason());
        // widening never waives the other conditions
        assertEquals(
                "INELIGIBLE_JOB_LEVEL",
                widened.check(
                                new Eligibility.Candidate(PERSON, JobLevel.PELAKSANA, "X", true, null, false, false),
                                JPT,
                                TODAY)
                        .rule());
        assertEquals(
                "INELIGIBLE_RETIRING",
                widened.check(
                                new Eligibility.Candidate(
                                        PERSON, JobLevel.ADMINISTRATOR, "X", true, TODAY.plusMonths(1), false, false),
                                JPT,
                                TODAY)
                        .rule());
        // and then boxes 5 and 6 reach the table: READY_3_PLUS_YEARS at fit >= 68, else NOT_READY
        assertEquals(Readiness.of("READY_3_PLUS_YEARS"), base.assess(5, 68.0, 1).readiness());
        assertEquals(Readiness.of("READY_3_PLUS_YEARS"), base.assess(6, 80.0, 1).readiness());
        assertEquals(Readiness.of("NOT_READY"), base.assess(6, 67.9, 1).readiness());
    }

    @Test
    void anExpiredAssessmentYieldsNoAutomaticCandidacyByDefaultButANominationStands() {
        Eligibility.Candidate expired =
                new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, null, true, false, true, true);
        Eligibility.Verdict v = RULES.check(expired, JPT, TODAY);
        assertEquals("INELIGIBLE_ASSESSMENT_EXPIRED", v.rule());
        Eligibility.Verdict nominated = RULES.check(
                new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "X", true, null, true, true, true, true),
                JPT,
                TODAY);
        assertTrue(nominated.eligible());
        assertTrue(nominated.reason().contains("has expired"), nominated.reason());
        ReadinessPolicy base = SeededPolicies.readiness();
        assertEquals(ExpiredAssessments.NO_AUTOMATIC_CANDIDACY, base.expiredAssessments());
        Eligibility keep = new Eligibility(new ReadinessPolicy(
                base.rules(),
                base.feederLevels(),
                base.allowLateral(),
                base.retirementExclusionMonths(),
                base.vacancyRisk(),
                base.candidateScope(),
                base.automaticCandidates(),
                ExpiredAssessments.KEEP));
        assertTrue(keep.check(expired, JPT, TODAY).eligible());
        // hard exclusions come first either way
        assertEquals(
                "INELIGIBLE_RETIRING",
                RULES.check(
                                new Eligibility.Candidate(
                                        PERSON,
                                        JobLevel.ADMINISTRATOR,
                                        "X",
                                        true,
                                        TODAY.plusMonths(1),
                                        true,
                                        false,
                                        true,
                                        true),
                                JPT,
                                TODAY)
                        .rule());
    }

    @Test
    void unitScopeShouldKeepCandidatesInThePositionsUnit() {
        ReadinessPolicy base = SeededPolicies.readiness();
        Eligibility unitOnly = new Eligibility(new ReadinessPolicy(
                base.rules(),
                base.feederLevels(),
                base.allowLateral(),
                base.retirementExclusionMonths(),
                base.vacancyRisk(),
                CandidateScope.UNIT));
        assertEquals(
                "INELIGIBLE_OUT_OF_SCOPE",
                unitOnly.check(candidate(JobLevel.ADMINISTRATOR), JPT, TODAY).rule());
        assertTrue(unitOnly.check(
                        new Eligibility.Candidate(PERSON, JobLevel.ADMINISTRATOR, "DISDIK", true, null, true, false),
                        JPT,
                        TODAY)
                .eligible());
    }

    @Test
    void withoutLateralMovesSameLevelShouldNotQualify() {
        ReadinessPolicy base = SeededPolicies.readiness();
        Eligibility noLateral = new Eligibility(new ReadinessPolicy(
                base.rules(),
                base.feederLevels(),
                false,
                base.retirementExclusionMonths(),
                base.vacancyRisk(),
                base.candidateScope()));
        assertEquals(
                Set.of(JobLevel.ADMINISTRATOR, JobLevel.AHLI_MADYA), noLateral.qualifyingLevels(JobLevel.JPT_PRATAMA));
    }
}
