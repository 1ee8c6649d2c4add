package id.talenta.talent.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Orders the candidates for one position: readiness first, in the order of the policy's levels (by default
 * READY_NOW best), then target fit descending (unknown fit last). Equal readiness and fit share a rank (1, 2, 2, 4);
 * the participant id only fixes the listing order.
 */
public final class CandidateRanking {

    public record Entry(UUID participantId, Readiness readiness, Double targetFit) {}

    public record Ranked(Entry entry, int rank) {}

    private CandidateRanking() {}

    public static List<Ranked> rank(List<Entry> entries, ReadinessPolicy policy) {
        Comparator<Entry> order = Comparator.<Entry>comparingInt(e -> policy.orderOf(e.readiness()))
                .thenComparing(Entry::targetFit, Comparator.nullsLast(Comparator.reverseOrder()));
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(order.thenComparing(Entry::participantId));
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            int rank = i > 0 && order.compare(sorted.get(i - 1), e) == 0
                    ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Ranked(e, rank));
        }
        return ranked;
    }
}
