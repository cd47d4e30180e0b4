package th.prongsai.tenant.tenant;

/** Lifecycle: PROVISIONING → ACTIVE ⇄ SUSPENDED → ARCHIVED; FAILED when provisioning did not finish (retryable). */
public enum TenantStatus {
    PROVISIONING,
    ACTIVE,
    SUSPENDED,
    ARCHIVED,
    FAILED
}
