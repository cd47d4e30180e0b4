package th.prongsai.tenancy;

/**
 * The one rule for who may act on a tenant's data, applied by the gateway and again by every
 * downstream service (defence in depth).
 */
public final class TenantAccess {

    /** Whether the request changes data; provincial officers may only read. */
    public enum Intent {
        READ,
        WRITE
    }

    /** Outcome of {@link #decide}: allowed, or refused with the reason a person can read. */
    public sealed interface Decision {
        record Allowed() implements Decision {}

        record Refused(String reason) implements Decision {}

        default boolean allowed() {
            return this instanceof Allowed;
        }
    }

    private static final Decision ALLOWED = new Decision.Allowed();

    private TenantAccess() {}

    /**
     * @param caller          the verified caller
     * @param tenant          the tenant being addressed
     * @param tenantProvince  that tenant's province code
     * @param intent          read or write
     */
    public static Decision decide(Caller caller, TenantCode tenant, String tenantProvince, Intent intent) {
        if (caller.has(Role.NATIONAL_ADMIN)) {
            return ALLOWED;
        }
        if ((caller.has(Role.MUNICIPAL_ADMIN) || caller.has(Role.MUNICIPAL_OFFICER))
                && caller.tenant().filter(tenant::equals).isPresent()) {
            return ALLOWED;
        }
        if (caller.has(Role.PROVINCIAL_OFFICER)
                && caller.province().filter(p -> p.equals(tenantProvince)).isPresent()) {
            return intent == Intent.READ
                    ? ALLOWED
                    : new Decision.Refused("Provincial officers may read, not change, a municipality's data");
        }
        return new Decision.Refused("This account may not act on tenant " + tenant);
    }

    public static Intent intentOf(String httpMethod) {
        return switch (httpMethod) {
            case "GET", "HEAD", "OPTIONS" -> Intent.READ;
            default -> Intent.WRITE;
        };
    }
}
