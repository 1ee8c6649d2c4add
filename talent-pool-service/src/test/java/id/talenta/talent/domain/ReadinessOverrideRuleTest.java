package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ReadinessOverrideRuleTest {

    static final List<String> LEVELS = SeededPolicies.readiness().levelCodes();

    @Provide
    Arbitrary<Readiness> anyReadiness() {
        return Arbitraries.of(new java.util.ArrayList<String>(LEVELS) {
                    {
                        add("INELIGIBLE");
                    }
                })
                .map(Readiness::of);
    }

    @Provide
    Arbitrary<Readiness> level() {
        return Arbitraries.of(LEVELS).map(Readiness::of);
    }

    @Property
    void withoutAnOverrideTheComputedReadinessCounts(@ForAll("anyReadiness") Readiness computed) {
        assertEquals(computed, Readiness.effective(computed, null));
    }

    @Property
    void anOverrideDecidesForEveryoneOnTheList(
            @ForAll("anyReadiness") Readiness computed, @ForAll("level") Readiness override) {
        if (!computed.equals(Readiness.INELIGIBLE)) {
            assertEquals(override, Readiness.effective(computed, override));
            assertTrue(Readiness.overrideApplies(computed));
        }
    }

    @Property
    void anOverrideNeverBringsBackSomeoneTheEligibilityRulesExclude(@ForAll("level") Readiness override) {
        assertEquals(Readiness.INELIGIBLE, Readiness.effective(Readiness.INELIGIBLE, override));
        assertFalse(Readiness.overrideApplies(Readiness.INELIGIBLE));
    }

    @Test
    void theCommitteeCanSetOnlyThePolicysLevelsAndNeverIneligible() {
        ReadinessPolicy policy = SeededPolicies.readiness();
        assertEquals(List.of("READY_NOW", "READY_1_2_YEARS", "READY_3_PLUS_YEARS", "NOT_READY"), policy.levelCodes());
        assertFalse(policy.isLevel("INELIGIBLE"));
        assertFalse(policy.isLevel("READY_SOMEDAY"));
        assertTrue(policy.isLevel("NOT_READY"));
    }
}
