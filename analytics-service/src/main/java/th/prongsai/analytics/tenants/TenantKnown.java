package th.prongsai.analytics.tenants;

/** Published after a lifecycle event of this tenant committed: analytics can now describe its facts. */
public record TenantKnown(String code) {}
