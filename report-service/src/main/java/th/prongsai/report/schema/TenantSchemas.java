package th.prongsai.report.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import th.prongsai.tenancy.TenantCode;

/**
 * The shared table {@code reporting.tenant_schemas}, always schema-qualified: a JdbcTemplate call inside a
 * tenant's JPA transaction shares that transaction's connection, which sits in the tenant's schema.
 */
@Repository
public class TenantSchemas {

    /** report-service's own schema (made by libs/tenancy before Liquibase runs); pooled connections sit in it. */
    public static final String SCHEMA = "reporting";

    private static final String COLUMNS = "code, schema_name, province, name_th, changelog_version, status, "
            + "last_error, provisioned_at, upgraded_at, website";

    private final JdbcTemplate jdbc;

    public TenantSchemas(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<TenantSchemaRecord> find(TenantCode code) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM reporting.tenant_schemas WHERE code = ?",
                        TenantSchemas::map,
                        code.value())
                .stream()
                .findFirst();
    }

    public List<TenantSchemaRecord> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM reporting.tenant_schemas ORDER BY code", TenantSchemas::map);
    }

    void insertReady(TenantCode code, String province, String nameTh, @Nullable String website, String version) {
        jdbc.update(
                "INSERT INTO reporting.tenant_schemas (code, schema_name, province, name_th, website, changelog_version, "
                        + "status, provisioned_at) VALUES (?, ?, ?, ?, ?, ?, 'READY', now())",
                code.value(),
                code.schemaName(),
                province,
                nameTh,
                website,
                version);
    }

    /**
     * Applies tenant-service's lifecycle state as of {@code asOf}: suspended (or archived) refuses the tenant, active
     * brings it back to READY (or UPGRADE_FAILED when an upgrade failed meanwhile). A state older than the one
     * applied is ignored, so the synchronous call and the stream may arrive in either order.
     *
     * @return false when the tenant has no schema here
     */
    boolean applyLifecycle(TenantCode code, boolean suspended, Instant asOf) {
        String status = suspended
                ? "'SUSPENDED'"
                : "CASE WHEN status <> 'SUSPENDED' THEN status WHEN last_error IS NULL THEN 'READY' ELSE 'UPGRADE_FAILED' END";
        jdbc.update(
                "UPDATE reporting.tenant_schemas SET status = " + status + ", status_as_of = ? WHERE code = ?"
                        + " AND (status_as_of IS NULL OR status_as_of < ?)",
                Timestamp.from(asOf),
                code.value(),
                Timestamp.from(asOf));
        return find(code).isPresent();
    }

    void delete(TenantCode code) {
        jdbc.update("DELETE FROM reporting.tenant_schemas WHERE code = ?", code.value());
    }

    void updateDetails(TenantCode code, String province, String nameTh, @Nullable String website) {
        jdbc.update(
                "UPDATE reporting.tenant_schemas SET province = ?, name_th = ?, website = ? WHERE code = ?",
                province,
                nameTh,
                website,
                code.value());
    }

    void recordUpgraded(TenantCode code, String version) {
        jdbc.update(
                "UPDATE reporting.tenant_schemas SET changelog_version = ?, status = CASE WHEN status = 'SUSPENDED' "
                        + "THEN status ELSE 'READY' END, last_error = NULL, upgraded_at = now() WHERE code = ?",
                version,
                code.value());
    }

    void recordUpgradeFailed(TenantCode code, String error) {
        jdbc.update(
                "UPDATE reporting.tenant_schemas SET status = CASE WHEN status = 'SUSPENDED' THEN status "
                        + "ELSE 'UPGRADE_FAILED' END, last_error = ? WHERE code = ?",
                error,
                code.value());
    }

    private static TenantSchemaRecord map(ResultSet rs, int row) throws SQLException {
        return new TenantSchemaRecord(
                rs.getString("code"),
                rs.getString("schema_name"),
                rs.getString("province"),
                rs.getString("name_th"),
                rs.getString("changelog_version"),
                rs.getString("status"),
                rs.getString("last_error"),
                rs.getObject("provisioned_at", OffsetDateTime.class),
                rs.getObject("upgraded_at", OffsetDateTime.class),
                rs.getString("website"));
    }
}
