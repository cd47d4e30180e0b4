package th.prongsai.tenant.tenant;

import java.time.Instant;

/** A registry entry as the API shows it. */
public record TenantView(String code, String nameTh, String nameEn, TenantType type, String province,
                         String district, String dlaCode, String website, TenantStatus status, String failureReason,
                         Placement placement, Instant createdAt, Instant updatedAt, long version) {

    /** Where the tenant's data lives. */
    public record Placement(String database, String schema) {
    }

    static TenantView of(Tenant t) {
        return new TenantView(t.getCode(), t.getNameTh(), t.getNameEn(), t.getType(), t.getProvince(), t.getDistrict(),
                t.getDlaCode(), t.getWebsite(), t.getStatus(), t.getFailureReason(),
                new Placement(t.getPlacementDatabase(), t.getPlacementSchema()), t.getCreatedAt(), t.getUpdatedAt(),
                t.getVersion());
    }
}
