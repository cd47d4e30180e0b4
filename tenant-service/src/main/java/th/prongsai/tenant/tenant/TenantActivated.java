package th.prongsai.tenant.tenant;

/** Published (synchronously, inside the transaction) when a tenant's onboarding completes. */
public record TenantActivated(String code, String province) {}
