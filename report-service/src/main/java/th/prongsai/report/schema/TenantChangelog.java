package th.prongsai.report.schema;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;
import liquibase.statement.core.CreateDatabaseChangeLogLockTableStatement;
import liquibase.statement.core.InitializeDatabaseChangeLogLockTableStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.TenantCode;

/**
 * The tenant changelog, in two forms: Liquibase itself (for upgrades) and, for provisioning, the SQL that
 * Liquibase would run against an empty schema, rendered once per changelog version by Liquibase's own
 * update-SQL against a scratch schema and replayed into each new schema (see docs/decisions/0003).
 */
@Component
class TenantChangelog {

    /** The SQL that brings an empty schema to {@code version}, DATABASECHANGELOG rows included. */
    public record Rendered(String version, String sql) {}

    private static final Logger log = LoggerFactory.getLogger(TenantChangelog.class);

    /**
     * Liquibase 4.x is not safe for two updates at once in one JVM, even on different schemas: its update step
     * and lock-service factory are shared, so one run can leave another schema's DATABASECHANGELOGLOCK row set
     * and the next update of that schema waits five minutes for it (liquibase#6831, #7220). Every Liquibase run
     * of this process takes this lock.
     */
    private static final ReentrantLock LIQUIBASE = new ReentrantLock();

    private final DataSource dataSource;
    private final String changelog;
    private final ResourceAccessor resources = new ClassLoaderResourceAccessor(TenantChangelog.class.getClassLoader());
    private volatile Rendered rendered;

    public TenantChangelog(DataSource dataSource, SchemaSettings settings) {
        this.dataSource = dataSource;
        this.changelog = settings.changelog();
    }

    /** The latest version and its SQL; rendered on first use, then kept for the life of the process. */
    public Rendered rendered() {
        Rendered current = rendered;
        if (current == null) {
            synchronized (this) {
                current = rendered;
                if (current == null) {
                    current = render();
                    rendered = current;
                }
            }
        }
        return current;
    }

    /** Renders at start-up so that the first onboarding does not pay for it; a failure here is retried on use. */
    @EventListener(ApplicationReadyEvent.class)
    public void warmUp() {
        try {
            rendered();
        } catch (RuntimeException e) {
            log.warn("Could not render the tenant changelog at start-up; the first provisioning will retry", e);
        }
    }

    public String latestVersion() {
        return rendered().version();
    }

    /** Runs Liquibase update on one tenant schema (the upgrade path, and the baseline the drift test compares). */
    public void update(TenantCode tenant) throws SQLException, LiquibaseException {
        String schema = tenant.schemaName();
        LIQUIBASE.lock();
        try (Connection connection = dataSource.getConnection()) {
            try {
                Liquibase liquibase = new Liquibase(changelog, resources, database(connection, schema));
                liquibase.update(new Contexts(), new LabelExpression());
            } finally {
                restore(connection);
            }
        } finally {
            LIQUIBASE.unlock();
        }
    }

    private Rendered render() {
        long started = System.nanoTime();
        // Outside the tenant prefix t_, so it can never be mistaken for (or collide with) a tenant schema.
        String scratch = "reporting_render_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        LIQUIBASE.lock();
        try (Connection connection = dataSource.getConnection()) {
            try {
                execute(connection, "CREATE SCHEMA " + scratch);
                Database database = database(connection, scratch);
                database.setOutputDefaultSchema(false);
                Liquibase liquibase = new Liquibase(changelog, resources, database);
                StringWriter out = new StringWriter();
                liquibase.update(new Contexts(), new LabelExpression(), out);
                List<ChangeSet> changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
                if (changeSets.isEmpty()) {
                    throw new IllegalStateException("Tenant changelog " + changelog + " has no change sets");
                }
                String sql = lockTableSql(database) + "\n" + clean(out.toString(), scratch);
                Rendered result = new Rendered(changeSets.getLast().getId(), sql);
                log.info(
                        "Rendered tenant changelog version {} in {} ms",
                        result.version(),
                        (System.nanoTime() - started) / 1_000_000);
                return result;
            } finally {
                execute(connection, "DROP SCHEMA IF EXISTS " + scratch + " CASCADE");
                restore(connection);
            }
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Cannot render tenant changelog " + changelog, e);
        } finally {
            LIQUIBASE.unlock();
        }
    }

    /**
     * Liquibase's own lock table, as Liquibase generates it. Update-SQL leaves it out because Liquibase creates
     * it for real in the scratch schema before rendering; Liquibase would add it on its first run anyway.
     */
    private static String lockTableSql(Database database) {
        StringBuilder sql = new StringBuilder();
        for (SqlStatement statement : List.of(
                new CreateDatabaseChangeLogLockTableStatement(), new InitializeDatabaseChangeLogLockTableStatement())) {
            for (Sql line : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                sql.append(line.toSql()).append(";\n");
            }
        }
        return sql.toString();
    }

    /**
     * Drops comments, search_path changes and the lock/unlock statements of the rendering run itself; refuses
     * output that names the scratch schema.
     */
    static String clean(String sql, String scratch) {
        String cleaned = sql.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("--"))
                .filter(line -> !startsWithIgnoringCase(line, "SET SEARCH_PATH"))
                .filter(line -> !startsWithIgnoringCase(line, "UPDATE databasechangeloglock ")
                        && !startsWithIgnoringCase(line, "DELETE FROM databasechangeloglock"))
                .collect(Collectors.joining("\n"));
        if (cleaned.contains(scratch)) {
            throw new IllegalStateException("Rendered tenant changelog still names the scratch schema " + scratch);
        }
        return cleaned;
    }

    private static boolean startsWithIgnoringCase(String line, String prefix) {
        return line.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private static Database database(Connection connection, String schema) throws LiquibaseException {
        Database database =
                DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        database.setDefaultSchemaName(schema);
        database.setLiquibaseSchemaName(schema);
        return database;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Liquibase may leave the connection in the tenant schema or outside auto-commit; put it back as pooled. */
    private static void restore(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        execute(connection, "SET search_path TO " + TenantSchemas.SCHEMA);
        connection.setSchema(TenantSchemas.SCHEMA);
    }
}
