package id.talenta.assessment.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A result revision may correct potential aspect scores too (DOMAIN.md: a finalized result is immutable; corrections
 * create a new revision with a reason). The corrections apply on top of the previous revision's potential; a result
 * that had no potential assessment can get one by a revision only with all aspects scored. Scores stay 1–5.
 */
public final class PotentialRevision {

    /** One aspect's score. */
    public record Score(String aspect, int score) {}

    /** The potential after the corrections, in aspect order, and every reason it cannot be made (field, message). */
    public record Outcome(List<Score> scores, List<String[]> violations) {
        public boolean valid() {
            return violations.isEmpty();
        }
    }

    private PotentialRevision() {}

    /**
     * @param previous    the previous revision's scores (null or empty: no potential assessment)
     * @param corrections the scores the revision sets ({@code field} names them in messages, e.g. {@code potential})
     * @param aspects     every aspect, in reference order
     */
    public static Outcome apply(List<Score> previous, List<Score> corrections, List<String> aspects, String field) {
        List<String[]> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < corrections.size(); i++) {
            Score c = corrections.get(i);
            String at = field + "[" + i + "]";
            if (!aspects.contains(c.aspect())) {
                violations.add(new String[] {
                    at + ".aspect", "unknown aspect " + c.aspect() + "; known: " + String.join(", ", aspects)
                });
            } else if (!seen.add(c.aspect())) {
                violations.add(new String[] {at + ".aspect", c.aspect() + " is corrected twice"});
            }
            if (c.score() < 1 || c.score() > 5) {
                violations.add(new String[] {at + ".score", "must be between 1 and 5"});
            }
        }
        boolean hadPotential = previous != null && !previous.isEmpty();
        if (violations.isEmpty() && !hadPotential && !corrections.isEmpty() && !seen.containsAll(aspects)) {
            List<String> missing = new ArrayList<>(aspects);
            missing.removeAll(seen);
            violations.add(new String[] {
                field,
                "the result has no potential assessment; a revision that adds one "
                        + "must score every aspect; missing " + String.join(", ", missing)
            });
        }
        if (!violations.isEmpty()) {
            return new Outcome(previous == null ? List.of() : previous, violations);
        }
        Map<String, Integer> byAspect = new LinkedHashMap<>();
        if (hadPotential) {
            previous.forEach(s -> byAspect.put(s.aspect(), s.score()));
        }
        corrections.forEach(c -> byAspect.put(c.aspect(), c.score()));
        List<Score> scores = new ArrayList<>();
        for (String aspect : aspects) {
            if (byAspect.containsKey(aspect)) {
                scores.add(new Score(aspect, byAspect.get(aspect)));
            }
        }
        return new Outcome(List.copyOf(scores), List.of());
    }
}
