package th.prongsai.report.schema;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of {@code reporting.tenant_schemas}; {@code website} is the registry's main website, when it has one. */
public record TenantSchemaRecord(
        String code,
        String schemaName,
        String province,
        String nameTh,
        String changelogVersion,
        String status,
        String lastError,
        OffsetDateTime provisionedAt,
        OffsetDateTime upgradedAt,
        @Nullable String website) {

    public static final String READY = "READY";
    public static final String UPGRADE_FAILED = "UPGRADE_FAILED";
    public static final String SUSPENDED = "SUSPENDED";
}
