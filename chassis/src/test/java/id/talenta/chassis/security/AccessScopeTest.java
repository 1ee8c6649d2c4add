package id.talenta.chassis.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AccessScopeTest {

    @Test
    void aMissingOrEmptyClaimIsMissingNotInvalid() {
        for (Object claim : new Object[] {null, "", "  ", List.of(), List.of(" ")}) {
            AccessScope.Reading r = AccessScope.read(claim);
            assertTrue(r.missing(), String.valueOf(claim));
            assertFalse(r.valid());
        }
    }

    @Test
    void readsAnArrayOfAgenciesAndUnits() {
        AccessScope s = AccessScope.read(List.of("agency:PROBOLINGGO", "unit:DINKES", "agency:SIDOARJO"))
                .scope();
        assertEquals(new AccessScope(false, Set.of("PROBOLINGGO", "SIDOARJO"), Set.of("DINKES")), s);
        assertEquals("agency:PROBOLINGGO agency:SIDOARJO unit:DINKES", s.describe());
    }

    @Test
    void readsJsonStringsWithTheirQuotesAndASeparatedString() {
        // smallrye-jwt hands a JSON array over as JSON values whose text keeps the quotes
        assertEquals(
                AccessScope.read(List.of("agency:A", "unit:U-1.b")).scope(),
                AccessScope.read(List.of("\"agency:A\"", "\"unit:U-1.b\"")).scope());
        assertEquals(
                AccessScope.read(List.of("agency:A", "unit:U")).scope(),
                AccessScope.read("agency:A, unit:U").scope());
        assertEquals(
                AccessScope.read(List.of("agency:A", "unit:U")).scope(),
                AccessScope.read("[\"agency:A\",\"unit:U\"]").scope());
    }

    @Test
    void nationalWinsOverAnythingNarrower() {
        assertEquals(
                AccessScope.NATIONAL,
                AccessScope.read(List.of("agency:A", "national")).scope());
        assertEquals("national", AccessScope.NATIONAL.describe());
    }

    @Test
    void anEntryOfAnotherKindOrAnUnsafeCodeMakesTheClaimInvalid() {
        for (Object claim : new Object[] {
            "agency:",
            "agency",
            "region:JATIM",
            "unit:a/b",
            "agency:A' or 1=1",
            List.of("agency:A", "nasional"),
            "unit:" + "x".repeat(65)
        }) {
            AccessScope.Reading r = AccessScope.read(claim);
            assertNull(r.scope(), String.valueOf(claim));
            assertFalse(r.missing());
            assertTrue(r.problem().contains("national, agency:CODE or unit:CODE"), r.problem());
        }
    }

    @Test
    void coversAnAgencyWhenNationalOrNamed() {
        AccessScope a = AccessScope.read("agency:A").scope();
        assertTrue(a.coversAgency("A"));
        assertFalse(a.coversAgency("B"));
        assertTrue(AccessScope.NATIONAL.coversAgency("B"));
        assertFalse(AccessScope.read("unit:U").scope().coversAgency("A"));
    }

    @Test
    void coversAnotherScopeOnlyWhenItNamesEverythingTheOtherDoes() {
        AccessScope ab = AccessScope.read("agency:A agency:B").scope();
        assertTrue(ab.covers(AccessScope.read("agency:A").scope()));
        assertFalse(AccessScope.read("agency:A").scope().covers(ab));
        assertFalse(ab.covers(AccessScope.NATIONAL));
        assertTrue(AccessScope.NATIONAL.covers(ab));
        assertFalse(ab.covers(AccessScope.read("unit:U").scope()));
    }
}
