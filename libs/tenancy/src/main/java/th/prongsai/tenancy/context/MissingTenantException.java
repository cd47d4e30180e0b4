package th.prongsai.tenancy.context;

/** Work that needs a tenant ran without one; refused rather than falling back to any default tenant. */
public class MissingTenantException extends IllegalStateException {

    public MissingTenantException() {
        super("No tenant in context: tenant data may only be touched inside TenantContext.run/call");
    }
}
