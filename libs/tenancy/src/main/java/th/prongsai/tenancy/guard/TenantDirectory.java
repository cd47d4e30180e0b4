package th.prongsai.tenancy.guard;

import java.util.Optional;
import th.prongsai.tenancy.TenantCode;

/** What a service knows about its tenants; each service implements it from its own data. */
public interface TenantDirectory {

    /** Whether the tenant's data may be served now. */
    enum Status {
        ACTIVE,
        /** Suspended by the control plane: refused with 403. */
        SUSPENDED,
        /** Known but not ready (provisioning, failed upgrade): 503. */
        UNAVAILABLE
    }

    /** @param province the tenant's 2-digit province code, for {@link th.prongsai.tenancy.TenantAccess#decide} */
    record Entry(String province, Status status) {}

    Optional<Entry> find(TenantCode code);
}
