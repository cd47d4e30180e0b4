package th.prongsai.analytics.tenants;

import java.time.Instant;

/** A tenant as analytics knows it, from the last lifecycle event applied. */
public record TenantRecord(
        String code, String nameTh, String nameEn, String type, String province, String status, Instant lastEventAt) {}
