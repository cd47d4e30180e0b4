package th.prongsai.tenancy.hibernate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.cfg.MultiTenancySettings;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.MissingTenantException;
import th.prongsai.tenancy.context.TenantContext;

class TenantSchemaAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(TenantSchemaAutoConfiguration.class))
            .withBean(DataSource.class, SimpleDriverDataSource::new);

    @Test
    void offUnlessAServiceAsksForIt() {
        runner.run(context -> assertThat(context).doesNotHaveBean(HibernatePropertiesCustomizer.class));
    }

    @Test
    void wiresTheConnectionProviderAndResolverIntoHibernate() {
        runner.withPropertyValues("ita.tenancy.schema-per-tenant=true", "ita.tenancy.neutral-schema=reporting")
                .run(context -> {
                    Map<String, Object> properties = new HashMap<>();
                    context.getBean(HibernatePropertiesCustomizer.class).customize(properties);
                    assertThat(properties.get(MultiTenancySettings.MULTI_TENANT_CONNECTION_PROVIDER))
                            .isInstanceOfSatisfying(
                                    SchemaPerTenantConnectionProvider.class,
                                    p -> assertThat(p.neutralSchema()).isEqualTo("reporting"));
                    assertThat(properties.get(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER))
                            .isInstanceOf(TenantIdentifierResolver.class);
                });
    }

    @Test
    void refusesANeutralSchemaInsideTheTenantPrefix() {
        runner.withPropertyValues("ita.tenancy.schema-per-tenant=true", "ita.tenancy.neutral-schema=t_trat")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void resolverUsesTheContextAndTheProviderRefusesNoTenant() {
        TenantIdentifierResolver resolver = new TenantIdentifierResolver();
        SchemaPerTenantConnectionProvider provider =
                new SchemaPerTenantConnectionProvider(new SimpleDriverDataSource(), "reporting");

        assertThat(resolver.resolveCurrentTenantIdentifier()).isEqualTo(TenantIdentifierResolver.NO_TENANT);
        assertThat(TenantContext.supply(TenantCode.of("trat"), resolver::resolveCurrentTenantIdentifier))
                .isEqualTo("trat");
        assertThatThrownBy(() -> provider.getConnection(TenantIdentifierResolver.NO_TENANT))
                .isInstanceOf(MissingTenantException.class);
        assertThatThrownBy(() -> provider.getConnection("Trat; DROP SCHEMA x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
