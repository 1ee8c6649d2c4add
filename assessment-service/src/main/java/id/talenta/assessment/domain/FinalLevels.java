package id.talenta.assessment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The final level per competency: the integration proposal unless the lead assessor overrides it, in which case
 * the override and its mandatory reason are kept beside the proposal (DOMAIN.md, integration). A revision starts
 * from the previous revision's decisions and applies its own overrides.
 */
public final class FinalLevels {

    /** The decision for one competency. */
    public record Decision(String code, BigDecimal proposal, BigDecimal level, String overrideReason) {
        public boolean overridden() {
            return overrideReason != null;
        }
    }

    /** An override asked for by the lead assessor. */
    public record Override(String competency, BigDecimal level, String reason) {}

    private FinalLevels() {}

    /** First finalization: competency → proposal, in matrix order; every competency must have a proposal. */
    public static List<Decision> finalize(Map<String, BigDecimal> proposals, List<Override> overrides) {
        List<Decision> start = new ArrayList<>();
        proposals.forEach((code, proposal) -> {
            if (proposal == null) {
                throw new IllegalArgumentException("competency " + code + " has no proposal");
            }
            start.add(new Decision(code, proposal, proposal, null));
        });
        return revise(start, overrides);
    }

    /** A correction: the previous decisions with these overrides applied on top. */
    public static List<Decision> revise(List<Decision> previous, List<Override> overrides) {
        Map<String, Override> byCompetency = new HashMap<>();
        for (Override o : overrides) {
            if (previous.stream().noneMatch(d -> d.code().equals(o.competency()))) {
                throw new IllegalArgumentException("competency " + o.competency() + " is not in the matrix");
            }
            if (o.reason() == null || o.reason().isBlank()) {
                throw new IllegalArgumentException("override of " + o.competency() + " needs a reason");
            }
            if (byCompetency.put(o.competency(), o) != null) {
                throw new IllegalArgumentException("competency " + o.competency() + " is overridden twice");
            }
        }
        List<Decision> decisions = new ArrayList<>(previous.size());
        for (Decision d : previous) {
            Override o = byCompetency.get(d.code());
            decisions.add(
                    o == null
                            ? d
                            : new Decision(
                                    d.code(),
                                    d.proposal(),
                                    o.level(),
                                    o.reason().trim()));
        }
        return decisions;
    }
}
