package th.prongsai.tenant.tenant;

import org.jspecify.annotations.Nullable;
import th.prongsai.tenancy.TenantCode;

/** What a national admin submits to onboard a municipality (already validated for shape). */
public record NewTenant(
        TenantCode code,
        String nameTh,
        String nameEn,
        TenantType type,
        String province,
        @Nullable String district,
        @Nullable String dlaCode,
        @Nullable String website) {}
