package th.prongsai.tenancy.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Each service keeps its own tables, and Liquibase's, in a schema of its own ({@code tenancy},
 * {@code reporting}, {@code analytics}); Liquibase cannot create the schema it locks in, so this
 * creates the configured schemas just before Liquibase runs.
 */
@AutoConfiguration
@ConditionalOnClass(SpringLiquibase.class)
public class ServiceSchemaAutoConfiguration {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    @Bean
    static BeanPostProcessor serviceSchemaCreator() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
                    createSchemas(liquibase);
                }
                return bean;
            }
        };
    }

    private static void createSchemas(SpringLiquibase liquibase) {
        Set<String> schemas = new LinkedHashSet<>();
        for (String schema : new String[] {liquibase.getDefaultSchema(), liquibase.getLiquibaseSchema()}) {
            if (schema != null && !schema.isBlank()) {
                if (!SCHEMA_NAME.matcher(schema).matches()) {
                    throw new IllegalStateException("Not a plain schema name: " + schema);
                }
                schemas.add(schema);
            }
        }
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = liquibase.getDataSource().getConnection();
                Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create schemas " + schemas, e);
        }
    }
}
