package th.prongsai.tenancy.hibernate;

import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Hibernate schema-per-tenant wiring, on when a service sets {@code ita.tenancy.schema-per-tenant=true}.
 * Uses Boot's own EntityManagerFactory (customised, not replaced) and the one application DataSource.
 *
 * <p>Entities of such a service map tenant tables with unqualified names (no {@code hibernate.default_schema}):
 * the connection's schema decides the tenant. The service's shared tables are reached outside Hibernate, e.g.
 * with JdbcTemplate and schema-qualified names, on connections that sit in {@code ita.tenancy.neutral-schema}
 * (set {@code spring.datasource.hikari.schema} to the same value so fresh connections start there too).
 * Without a tenant in {@code TenantContext} a session may open but gets no connection (see
 * {@link TenantIdentifierResolver#NO_TENANT}).
 */
@AutoConfiguration(before = HibernateJpaAutoConfiguration.class, after = DataSourceAutoConfiguration.class)
@ConditionalOnClass({HibernatePropertiesCustomizer.class, MultiTenancySettings.class})
@ConditionalOnProperty(prefix = "ita.tenancy", name = "schema-per-tenant", havingValue = "true")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(TenantSchemaProperties.class)
public class TenantSchemaAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SchemaPerTenantConnectionProvider schemaPerTenantConnectionProvider(
            DataSource dataSource, TenantSchemaProperties properties) {
        return new SchemaPerTenantConnectionProvider(dataSource, properties.neutralSchema());
    }

    @Bean
    @ConditionalOnMissingBean
    TenantIdentifierResolver tenantIdentifierResolver() {
        return new TenantIdentifierResolver();
    }

    @Bean
    HibernatePropertiesCustomizer tenantSchemaHibernateProperties(
            SchemaPerTenantConnectionProvider connections, TenantIdentifierResolver resolver) {
        return properties -> {
            properties.put(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
            properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
        };
    }
}
