package th.prongsai.tenancy;

/** Platform roles, carried in the JWT claim {@link PlatformClaims#ROLES}. */
public enum Role {
    /** Onboards tenants, maintains frameworks, sees everything. */
    NATIONAL_ADMIN,
    /** สำนักงานท้องถิ่นจังหวัด: reads the tenants of one province. */
    PROVINCIAL_OFFICER,
    /** Administers one municipality (users, publishing). */
    MUNICIPAL_ADMIN,
    /** Drafts measures and reports of one municipality. */
    MUNICIPAL_OFFICER,
    /** Another Prongsai service calling an internal endpoint (never a person). */
    SERVICE
}
