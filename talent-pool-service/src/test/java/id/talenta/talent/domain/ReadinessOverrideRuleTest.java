package id.talenta.talent.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReadinessOverrideRuleTest {

    @Property
    void withoutAnOverrideTheComputedReadinessCounts(@ForAll Readiness computed) {
        assertEquals(computed, Readiness.effective(computed, null));
    }

    @Property
    void anOverrideDecidesForEveryoneOnTheList(@ForAll Readiness computed, @ForAll Readiness override) {
        if (computed != Readiness.INELIGIBLE && Readiness.OVERRIDABLE.contains(override)) {
            assertEquals(override, Readiness.effective(computed, override));
            assertTrue(Readiness.overrideApplies(computed));
        }
    }

    @Property
    void anOverrideNeverBringsBackSomeoneTheEligibilityRulesExclude(@ForAll Readiness override) {
        assertEquals(Readiness.INELIGIBLE, Readiness.effective(Readiness.INELIGIBLE, override));
        assertFalse(Readiness.overrideApplies(Readiness.INELIGIBLE));
    }

    @Test
    void theCommitteeCannotSetIneligible() {
        assertFalse(Readiness.OVERRIDABLE.contains(Readiness.INELIGIBLE));
        assertEquals(4, Readiness.OVERRIDABLE.size());
    }
}
