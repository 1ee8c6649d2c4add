package id.talenta.chassis.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The self-service rule (docs/security.md), over every combination of the platform's roles and foreign groups. */
class SelfServiceRuleTest {

    static final List<String> PLATFORM = List.of(
            Roles.ADMIN, Roles.HR_OFFICER, Roles.ASSESSOR, Roles.TALENT_COMMITTEE, Roles.INTEGRATION, Roles.EMPLOYEE);
    static final List<String> FOREIGN = List.of(
            "offline_access",
            "uma_authorization",
            "default-roles-talenta",
            "Admin",
            "ADMIN",
            " admin",
            "hr_officer",
            "");

    @Test
    void staffRolesAreExactlyThePlatformRolesOtherThanEmployee() {
        assertEquals(Set.of("admin", "hr-officer", "assessor", "talent-committee", "integration"), Roles.STAFF);
    }

    @Test
    void aCallerIsSelfServiceUnlessItHoldsAStaffRoleTheOperationAdmits() {
        // every subset of the platform's roles, held and admitted, with and without foreign groups
        for (Set<String> held : subsets(PLATFORM)) {
            for (Set<String> admitted : subsets(PLATFORM)) {
                boolean staff = held.stream().anyMatch(r -> !r.equals(Roles.EMPLOYEE) && admitted.contains(r));
                assertEquals(
                        !staff, Roles.isSelfService(held, admitted), held + " calling an operation of " + admitted);
                Set<String> withForeign = new HashSet<>(held);
                withForeign.addAll(FOREIGN);
                assertEquals(
                        !staff,
                        Roles.isSelfService(withForeign, admitted),
                        "foreign groups changed the answer for " + held + " calling " + admitted);
            }
        }
    }

    @Test
    void foreignGroupsGrantNothingEvenWhenAnOperationWouldNameThem() {
        assertTrue(Roles.isSelfService(Set.of("offline_access"), Set.of("offline_access", Roles.EMPLOYEE)));
        assertTrue(Roles.isSelfService(Set.of("Admin", "ADMIN"), Set.of(Roles.ADMIN)));
    }

    @Test
    void unknownInputFailsClosed() {
        assertTrue(Roles.isSelfService(null, Roles.STAFF));
        assertTrue(Roles.isSelfService(Set.of(Roles.ADMIN), null));
        assertTrue(Roles.isSelfService(Set.of(), Roles.STAFF));
        assertFalse(Roles.isSelfService(Set.of(Roles.ADMIN), Roles.STAFF));
    }

    @Test
    void ownDataIsOnlyTheNipOfTheToken() {
        assertTrue(Roles.isOwn("196608011988031001", "196608011988031001"));
        assertFalse(Roles.isOwn("196608011988031001", "196608011988031002"));
        assertFalse(Roles.isOwn(null, null));
        assertFalse(Roles.isOwn(null, "196608011988031001"));
        assertFalse(Roles.isOwn("", ""));
        assertFalse(Roles.isOwn(" ", " "));
        assertFalse(Roles.isOwn("196608011988031001", null));
    }

    @Test
    void theAdmittedRolesOfAnOperationComeFromTheMethodElseTheClass() throws Exception {
        assertEquals(Set.of("admin", "employee"), OperationRolesFilter.admitted(Annotated.class.getMethod("own")));
        assertEquals(Set.of("hr-officer"), OperationRolesFilter.admitted(Annotated.class.getMethod("inherited")));
        assertEquals(Set.of(), OperationRolesFilter.admitted(Object.class.getMethod("toString")));
    }

    @jakarta.annotation.security.RolesAllowed("hr-officer")
    public static class Annotated {
        @jakarta.annotation.security.RolesAllowed({"admin", "employee", "admin"})
        public void own() {}

        public void inherited() {}
    }

    private static List<Set<String>> subsets(List<String> items) {
        List<Set<String>> all = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            Set<String> s = new HashSet<>();
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    s.add(items.get(i));
                }
            }
            all.add(s);
        }
        return all;
    }
}
