package id.talenta.assessment.domain;

import java.util.List;

/** A result's potential: one score (1–3) per aspect, in the reference order of the aspects. */
public record Potential(List<AspectScore> aspects) {

    public Potential {
        aspects = List.copyOf(aspects);
    }

    public record AspectScore(String aspect, int score) {}
}
