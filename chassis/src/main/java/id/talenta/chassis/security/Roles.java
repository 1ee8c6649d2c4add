package id.talenta.chassis.security;

import java.util.Collection;
import java.util.Set;

/**
 * The role names of the API contract (docs/api.md, "Security"), carried in the token's {@code groups} claim, and the one
 * rule that decides whether a caller is served as self-service (docs/security.md, "Self-service").
 */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String HR_OFFICER = "hr-officer";
    public static final String ASSESSOR = "assessor";
    public static final String TALENT_COMMITTEE = "talent-committee";
    public static final String INTEGRATION = "integration";
    /** Self-service: the token's {@code nip} claim names the person. */
    public static final String EMPLOYEE = "employee";

    /** The roles that reach other people's data. Every other group (employee, the provider's own) reaches none. */
    public static final Set<String> STAFF = Set.of(ADMIN, HR_OFFICER, ASSESSOR, TALENT_COMMITTEE, INTEGRATION);

    /** The token claim that carries an employee's NIP. */
    public static final String NIP_CLAIM = "nip";

    private Roles() {}

    /**
     * True when a caller holding {@code held} is served as self-service by an operation that admits {@code admitted}:
     * unless the caller holds a staff role that the operation admits, it sees only its own data. Groups the platform
     * does not know ({@code offline_access}, {@code default-roles-talenta}, ...) grant nothing and take nothing
     * away; a staff role the operation does not admit (an assessor who is also an employee, reading a participant
     * record) does not widen it either. Fails closed: it is true unless staff access is proven.
     */
    public static boolean isSelfService(Collection<String> held, Collection<String> admitted) {
        if (held == null || admitted == null) {
            return true;
        }
        for (String role : held) {
            if (STAFF.contains(role) && admitted.contains(role)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a self-service caller whose token names {@code callerNip} may see the person whose NIP is
     * {@code subjectNip}: both known and equal. A token without a nip claim sees nobody.
     */
    public static boolean isOwn(String callerNip, String subjectNip) {
        return callerNip != null && !callerNip.isBlank() && callerNip.equals(subjectNip);
    }
}
