package th.prongsai.tenancy.hibernate;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.MissingTenantException;

/**
 * One connection pool for every tenant: a connection is switched to {@code t_<code>} when Hibernate checks
 * it out for a tenant and always switched back to the neutral schema before it returns to the pool, also
 * when the work failed. A connection that cannot be switched back is evicted from the pool rather than
 * reused, so no later borrower can ever land in a tenant's schema.
 */
public class SchemaPerTenantConnectionProvider implements MultiTenantConnectionProvider<String> {

    private static final Logger log = LoggerFactory.getLogger(SchemaPerTenantConnectionProvider.class);
    private static final boolean HIKARI_PRESENT = ClassUtils.isPresent(
            "com.zaxxer.hikari.HikariDataSource", SchemaPerTenantConnectionProvider.class.getClassLoader());

    private final DataSource dataSource;
    private final String neutralSchema;

    public SchemaPerTenantConnectionProvider(DataSource dataSource, String neutralSchema) {
        this.dataSource = dataSource;
        this.neutralSchema = neutralSchema;
    }

    public String neutralSchema() {
        return neutralSchema;
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            connection.setSchema(neutralSchema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e;
        }
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        release(connection);
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        if (TenantIdentifierResolver.NO_TENANT.equals(tenantIdentifier)) {
            throw new MissingTenantException();
        }
        // The schema name only ever comes from TenantCode, which validates the code first.
        String schema = TenantCode.of(tenantIdentifier).schemaName();
        Connection connection = dataSource.getConnection();
        try {
            connection.setSchema(schema);
            return connection;
        } catch (SQLException | RuntimeException e) {
            discard(connection);
            throw e;
        }
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        release(connection);
    }

    private void release(Connection connection) throws SQLException {
        try {
            resetSchema(connection);
        } catch (SQLException | RuntimeException e) {
            log.warn("Could not put a connection back into schema {}; evicting it from the pool", neutralSchema, e);
            discard(connection);
            return;
        }
        connection.close();
    }

    private void resetSchema(Connection connection) throws SQLException {
        try {
            connection.setSchema(neutralSchema);
        } catch (SQLException first) {
            // An aborted transaction refuses every statement until it is rolled back.
            if (connection.getAutoCommit()) {
                throw first;
            }
            connection.rollback();
            connection.setSchema(neutralSchema);
        }
    }

    private void discard(Connection connection) {
        try {
            if (HIKARI_PRESENT && Hikari.evict(dataSource, connection)) {
                return;
            }
            connection.abort(Runnable::run);
        } catch (SQLException | RuntimeException e) {
            log.debug("Discarding a connection failed", e);
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing a discarded connection failed", e);
            }
        }
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    public boolean handlesConnectionSchema() {
        return true;
    }

    @Override
    public boolean isUnwrappableAs(Class<?> unwrapType) {
        return unwrapType.isInstance(this) || unwrapType.isInstance(dataSource);
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        if (unwrapType.isInstance(this)) {
            return unwrapType.cast(this);
        }
        if (unwrapType.isInstance(dataSource)) {
            return unwrapType.cast(dataSource);
        }
        throw new IllegalArgumentException("Cannot unwrap to " + unwrapType);
    }

    private static final class Hikari {
        static boolean evict(DataSource dataSource, Connection connection) throws SQLException {
            if (dataSource.isWrapperFor(com.zaxxer.hikari.HikariDataSource.class)) {
                dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).evictConnection(connection);
                return true;
            }
            return false;
        }
    }
}
