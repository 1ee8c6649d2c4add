package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {

    static CandidateRanking.Entry e(Readiness r, Double fit) {
        return new CandidateRanking.Entry(UUID.randomUUID(), r, fit);
    }

    @Test
    void shouldRankByReadinessThenFitDescendingWithTiesSharingARank() {
        CandidateRanking.Entry nowLow = e(Readiness.of("READY_NOW"), 91.0);
        CandidateRanking.Entry nowHigh = e(Readiness.of("READY_NOW"), 97.0);
        CandidateRanking.Entry soonA = e(Readiness.of("READY_1_2_YEARS"), 99.0);
        CandidateRanking.Entry soonB = e(Readiness.of("READY_1_2_YEARS"), 99.0);
        CandidateRanking.Entry notReady = e(Readiness.of("NOT_READY"), null);
        List<CandidateRanking.Ranked> ranked =
                CandidateRanking.rank(List.of(notReady, soonA, nowLow, soonB, nowHigh), SeededPolicies.readiness());
        assertEquals(
                List.of(nowHigh, nowLow),
                ranked.subList(0, 2).stream()
                        .map(CandidateRanking.Ranked::entry)
                        .toList());
        assertEquals(
                List.of(1, 2, 3, 3, 5),
                ranked.stream().map(CandidateRanking.Ranked::rank).toList());
        assertEquals(notReady, ranked.get(4).entry());
    }

    @Property
    void rankingShouldNotDependOnInputOrder(
            @ForAll @Size(max = 12) List<@net.jqwik.api.constraints.IntRange(max = 3) Integer> readiness) {
        List<CandidateRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < readiness.size(); i++) {
            entries.add(new CandidateRanking.Entry(
                    new UUID(0, i),
                    Readiness.of(SeededPolicies.readiness().levelCodes().get(readiness.get(i))),
                    (double) (i % 3) * 10));
        }
        List<CandidateRanking.Ranked> first = CandidateRanking.rank(entries, SeededPolicies.readiness());
        Collections.reverse(entries);
        assertEquals(first, CandidateRanking.rank(entries, SeededPolicies.readiness()));
    }

    @Test
    void theOrderOfTheLevelsIsThePolicysData() {
        ReadinessPolicy base = SeededPolicies.readiness();
        // an agency with its own levels: SIAP (best), HAMPIR, BELUM; unknown codes rank after every level
        ReadinessPolicy agency = new ReadinessPolicy(
                base.rules(),
                base.feederLevels(),
                base.allowLateral(),
                base.retirementExclusionMonths(),
                base.vacancyRisk(),
                base.candidateScope(),
                base.automaticCandidates(),
                base.expiredAssessments(),
                List.of(
                        new ReadinessLevel("BELUM", 3, "Belum siap"),
                        new ReadinessLevel("SIAP", 1, "Siap"),
                        new ReadinessLevel("HAMPIR", 2, "Hampir siap")),
                Readiness.of("BELUM"));
        CandidateRanking.Entry belum = e(Readiness.of("BELUM"), 99.0);
        CandidateRanking.Entry siap = e(Readiness.of("SIAP"), 50.0);
        CandidateRanking.Entry hampir = e(Readiness.of("HAMPIR"), 70.0);
        CandidateRanking.Entry unknown = e(Readiness.of("READY_NOW"), 100.0);
        assertEquals(
                List.of(siap, hampir, belum, unknown),
                CandidateRanking.rank(List.of(unknown, belum, hampir, siap), agency).stream()
                        .map(CandidateRanking.Ranked::entry)
                        .toList());
    }
}
