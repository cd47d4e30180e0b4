package th.prongsai.report.schema;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.platform.web.ApiProblem;
import th.prongsai.tenancy.TenantCode;

/**
 * Provisions {@code t_<code>}: in ONE transaction it creates the schema, replays the rendered tenant changelog
 * (tables and DATABASECHANGELOG rows) and registers the schema in {@code reporting.tenant_schemas}.
 * PostgreSQL DDL is transactional, so any failure rolls all of it back: no half-made schema is ever left, and
 * a retry starts clean. A per-tenant advisory lock serialises concurrent calls for the same tenant.
 */
@Service
class SchemaProvisioner {

    /** The contract's answer to {@code PUT /internal/tenants/{code}/schema}. */
    public record Provisioned(String code, String schema, String changelogVersion) {}

    private static final Logger log = LoggerFactory.getLogger(SchemaProvisioner.class);

    private final TenantChangelog changelog;
    private final TenantSchemas schemas;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final long lockTimeoutMillis;
    private final Timer timer;

    public SchemaProvisioner(
            DataSource dataSource,
            TenantChangelog changelog,
            TenantSchemas schemas,
            JdbcTemplate jdbc,
            SchemaSettings settings,
            MeterRegistry meters) {
        this.changelog = changelog;
        this.schemas = schemas;
        this.jdbc = jdbc;
        // A plain JDBC transaction: a JPA one would open a Hibernate session, which needs a tenant.
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.lockTimeoutMillis = settings.lockTimeout().toMillis();
        this.timer = Timer.builder("ita.report.schema.provision")
                .description("Provisioning of one tenant schema")
                .register(meters);
    }

    public Provisioned provision(TenantCode code, String province, String nameTh, @Nullable String website) {
        TenantChangelog.Rendered rendered = changelog.rendered();
        long started = System.nanoTime();
        try {
            Provisioned result =
                    transaction.execute(status -> provisionInTransaction(code, province, nameTh, website, rendered));
            log.info(
                    "Tenant schema {} ready at {} ({} µs)",
                    result.schema(),
                    result.changelogVersion(),
                    (System.nanoTime() - started) / 1_000);
            return result;
        } catch (DataAccessException | TransactionException e) {
            log.warn(
                    "Provisioning schema {} failed; the transaction rolled back, nothing was left",
                    code.schemaName(),
                    e);
            throw new ApiProblem(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "provisioning-failed",
                    "Provisioning failed",
                    "สร้างฐานข้อมูลของหน่วยงาน " + code + " ไม่สำเร็จ ไม่มีข้อมูลค้างอยู่ ลองใหม่ได้");
        } finally {
            timer.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private Provisioned provisionInTransaction(
            TenantCode code,
            String province,
            String nameTh,
            @Nullable String website,
            TenantChangelog.Rendered rendered) {
        String schema = code.schemaName();
        jdbc.execute("SET LOCAL lock_timeout = " + lockTimeoutMillis);
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext(?))", rs -> {}, "ita-provision:" + code.value());
        Optional<TenantSchemaRecord> existing = schemas.find(code);
        boolean present = Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)", Boolean.class, schema));
        if (existing.isPresent() && present) {
            schemas.updateDetails(code, province, nameTh, website);
            return new Provisioned(code.value(), schema, existing.get().changelogVersion());
        }
        if (existing.isPresent()) {
            // Registered but dropped by hand: build it again rather than answer with a schema that is not there.
            log.warn("Schema {} is registered but missing; provisioning it again", schema);
            schemas.delete(code);
        } else if (present) {
            // Not made by this service (every schema it makes is registered in the same transaction): never adopt it.
            throw ApiProblem.conflict(
                    "unregistered-schema",
                    "Schema exists",
                    "มีสคีมา " + schema + " อยู่แล้วแต่ไม่ได้ลงทะเบียนไว้ ต้องให้ผู้ดูแลระบบตรวจสอบ");
        }
        // schema comes from TenantCode.schemaName(): validated code, derived name, safe to inline.
        jdbc.execute("CREATE SCHEMA " + schema);
        jdbc.execute("SET LOCAL search_path TO " + schema);
        jdbc.execute(rendered.sql());
        jdbc.execute("SET LOCAL search_path TO " + TenantSchemas.SCHEMA);
        schemas.insertReady(code, province, nameTh, website, rendered.version());
        return new Provisioned(code.value(), schema, rendered.version());
    }
}
