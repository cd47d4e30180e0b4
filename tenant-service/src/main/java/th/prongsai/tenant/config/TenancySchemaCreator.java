package th.prongsai.tenant.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/** Liquibase keeps its own tables in schema {@code tenancy}, so that schema must exist before Liquibase starts. */
@Component
class TenancySchemaCreator implements BeanPostProcessor {

    static final String SCHEMA = "tenancy";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            try (Connection c = liquibase.getDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create schema " + SCHEMA, e);
            }
        }
        return bean;
    }
}
