package id.talenta.assessment.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PotentialRevisionTest {

    static final List<String> ASPECTS = List.of(
            "INTELLECTUAL_ABILITY",
            "INTERPERSONAL",
            "SELF_AWARENESS",
            "CRITICAL_STRATEGIC_THINKING",
            "PROBLEM_SOLVING",
            "EMOTIONAL_INTELLIGENCE",
            "GROWTH_MINDSET",
            "GRIT");

    static List<PotentialRevision.Score> all(int score) {
        return ASPECTS.stream().map(a -> new PotentialRevision.Score(a, score)).toList();
    }

    @Test
    void correctionsApplyOnTopOfThePreviousScoresInAspectOrder() {
        PotentialRevision.Outcome out = PotentialRevision.apply(
                all(3),
                List.of(new PotentialRevision.Score("GRIT", 5), new PotentialRevision.Score("INTERPERSONAL", 1)),
                ASPECTS,
                "potential");
        assertTrue(out.valid());
        assertEquals(8, out.scores().size());
        assertEquals(
                ASPECTS,
                out.scores().stream().map(PotentialRevision.Score::aspect).toList());
        assertEquals(1, out.scores().get(1).score());
        assertEquals(5, out.scores().get(7).score());
        assertEquals(3, out.scores().get(0).score());
    }

    @Test
    void scoresStayWithinOneToFive() {
        for (int bad : new int[] {0, 6, -1}) {
            PotentialRevision.Outcome out = PotentialRevision.apply(
                    all(3), List.of(new PotentialRevision.Score("GRIT", bad)), ASPECTS, "potential");
            assertFalse(out.valid());
            assertEquals("potential[0].score", out.violations().get(0)[0]);
        }
        assertTrue(PotentialRevision.apply(all(3), List.of(new PotentialRevision.Score("GRIT", 1)), ASPECTS, "p")
                .valid());
        assertTrue(PotentialRevision.apply(all(3), List.of(new PotentialRevision.Score("GRIT", 5)), ASPECTS, "p")
                .valid());
    }

    @Test
    void unknownAndDuplicateAspectsAreRefused() {
        assertEquals(
                "potential[0].aspect",
                PotentialRevision.apply(all(3), List.of(new PotentialRevision.Score("LUCK", 3)), ASPECTS, "potential")
                        .violations()
                        .get(0)[0]);
        assertEquals(
                "potential[1].aspect",
                PotentialRevision.apply(
                                all(3),
                                List.of(new PotentialRevision.Score("GRIT", 3), new PotentialRevision.Score("GRIT", 4)),
                                ASPECTS,
                                "potential")
                        .violations()
                        .get(0)[0]);
    }

    @Test
    void aResultWithoutPotentialGetsOneOnlyWithEveryAspectScored() {
        PotentialRevision.Outcome partial =
                PotentialRevision.apply(null, List.of(new PotentialRevision.Score("GRIT", 3)), ASPECTS, "potential");
        assertFalse(partial.valid());
        assertTrue(partial.violations().get(0)[1].contains("missing INTELLECTUAL_ABILITY"));
        PotentialRevision.Outcome full = PotentialRevision.apply(List.of(), all(4), ASPECTS, "potential");
        assertTrue(full.valid());
        assertEquals(all(4), full.scores());
    }

    @Test
    void noCorrectionsKeepThePreviousScores() {
        assertEquals(
                all(2),
                PotentialRevision.apply(all(2), List.of(), ASPECTS, "potential").scores());
    }
}
