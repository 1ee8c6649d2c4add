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
        CandidateRanking.Entry nowLow = e(Readiness.READY_NOW, 91.0);
        CandidateRanking.Entry nowHigh = e(Readiness.READY_NOW, 97.0);
        CandidateRanking.Entry soonA = e(Readiness.READY_1_2_YEARS, 99.0);
        CandidateRanking.Entry soonB = e(Readiness.READY_1_2_YEARS, 99.0);
        CandidateRanking.Entry notReady = e(Readiness.NOT_READY, null);
        List<CandidateRanking.Ranked> ranked = CandidateRanking.rank(List.of(notReady, soonA, nowLow, soonB, nowHigh));
        assertEquals(List.of(nowHigh, nowLow), ranked.subList(0, 2).stream().map(CandidateRanking.Ranked::entry).toList());
        assertEquals(List.of(1, 2, 3, 3, 5), ranked.stream().map(CandidateRanking.Ranked::rank).toList());
        assertEquals(notReady, ranked.get(4).entry());
    }

    @Property
    void rankingShouldNotDependOnInputOrder(@ForAll @Size(max = 12) List<@net.jqwik.api.constraints.IntRange(max = 3) Integer> readiness) {
        List<CandidateRanking.Entry> entries = new ArrayList<>();
        for (int i = 0; i < readiness.size(); i++) {
            entries.add(new CandidateRanking.Entry(new UUID(0, i), Readiness.values()[readiness.get(i)], (double) (i % 3) * 10));
        }
        List<CandidateRanking.Ranked> first = CandidateRanking.rank(entries);
        Collections.reverse(entries);
        assertEquals(first, CandidateRanking.rank(entries));
    }
}
