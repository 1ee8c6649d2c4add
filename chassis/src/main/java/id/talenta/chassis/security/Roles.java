package id.talenta.chassis.security;

/** The role names of the API contract (API.md, "Security"), carried in the token's {@code groups} claim. */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String HR_OFFICER = "hr-officer";
    public static final String ASSESSOR = "assessor";
    public static final String TALENT_COMMITTEE = "talent-committee";
    public static final String INTEGRATION = "integration";
    /** Self-service: the token's {@code nip} claim names the person. */
    public static final String EMPLOYEE = "employee";

    /** The token claim that carries an employee's NIP. */
    public static final String NIP_CLAIM = "nip";

    private Roles() {}
}
