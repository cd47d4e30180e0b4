package th.prongsai.report.schema;

import java.time.OffsetDateTime;

/** A row of {@code reporting.tenant_schemas}. */
public record TenantSchemaRecord(
        String code,
        String schemaName,
        String province,
        String nameTh,
        String changelogVersion,
        String status,
        String lastError,
        OffsetDateTime provisionedAt,
        OffsetDateTime upgradedAt) {

    public static final String READY = "READY";
    public static final String UPGRADE_FAILED = "UPGRADE_FAILED";
    public static final String SUSPENDED = "SUSPENDED";
}
