package th.prongsai.report.schema;

import java.util.Optional;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.guard.TenantDirectory;

/** The guard's view of the tenants: those with a provisioned schema in {@code reporting.tenant_schemas}. */
@Component
class TenantSchemaDirectory implements TenantDirectory {

    private final TenantSchemas schemas;

    TenantSchemaDirectory(TenantSchemas schemas) {
        this.schemas = schemas;
    }

    @Override
    public Optional<Entry> find(TenantCode code) {
        return schemas.find(code)
                .map(row -> new Entry(
                        row.province(),
                        switch (row.status()) {
                            case TenantSchemaRecord.READY -> Status.ACTIVE;
                            case TenantSchemaRecord.SUSPENDED -> Status.SUSPENDED;
                            // A schema whose upgrade failed is behind the code that would read it.
                            default -> Status.UNAVAILABLE;
                        }));
    }
}
