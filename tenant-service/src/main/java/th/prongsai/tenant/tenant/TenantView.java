package th.prongsai.tenant.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import th.prongsai.tenancy.Caller;
import th.prongsai.tenancy.Role;

/**
 * A registry entry as the API shows it.
 *
 * @param placement which database and schema hold the tenant's data: operators' knowledge, shown to national
 *                  admins (and services) only, absent for everyone else
 */
public record TenantView(
        String code,
        String nameTh,
        String nameEn,
        TenantType type,
        String province,
        String district,
        String dlaCode,
        String website,
        TenantStatus status,
        String failureReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) Placement placement,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /** Where the tenant's data lives. */
    public record Placement(String database, String schema) {}

    static TenantView of(Tenant t) {
        return new TenantView(
                t.getCode(),
                t.getNameTh(),
                t.getNameEn(),
                t.getType(),
                t.getProvince(),
                t.getDistrict(),
                t.getDlaCode(),
                t.getWebsite(),
                t.getStatus(),
                t.getFailureReason(),
                new Placement(t.getPlacementDatabase(), t.getPlacementSchema()),
                t.getCreatedAt(),
                t.getUpdatedAt(),
                t.getVersion());
    }

    /** The entry as this caller may see it. */
    TenantView visibleTo(Caller caller) {
        if (caller.has(Role.NATIONAL_ADMIN) || caller.has(Role.SERVICE)) {
            return this;
        }
        return new TenantView(
                code,
                nameTh,
                nameEn,
                type,
                province,
                district,
                dlaCode,
                website,
                status,
                failureReason,
                null,
                createdAt,
                updatedAt,
                version);
    }
}
