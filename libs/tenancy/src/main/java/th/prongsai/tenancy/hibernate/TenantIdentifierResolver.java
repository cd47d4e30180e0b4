package th.prongsai.tenancy.hibernate;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import th.prongsai.tenancy.context.TenantContext;

/**
 * Hibernate asks this when it opens a session: the tenant in {@link TenantContext}, else {@link #NO_TENANT}.
 * A session may be opened without a tenant (Spring Data does so at start-up to prepare queries), but
 * {@link SchemaPerTenantConnectionProvider} refuses it a connection, so no tenant data is read or written.
 */
public class TenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    /** Never a valid tenant code (codes start with a letter). */
    public static final String NO_TENANT = "_no_tenant";

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.current().map(tenant -> tenant.value()).orElse(NO_TENANT);
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
