package th.prongsai.events.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The outbox writer and relay, for a service that sets {@code ita.events.outbox.enabled=true}. */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnProperty(prefix = "ita.events.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OutboxTable outboxTable(
            OutboxProperties properties, @Value("${spring.liquibase.default-schema:}") String serviceSchema) {
        return properties.table() != null && !properties.table().isBlank()
                ? new OutboxTable(properties.table())
                : OutboxTable.inSchema(serviceSchema);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(JdbcTemplate.class)
    OutboxWriter outboxWriter(JdbcTemplate jdbc, OutboxTable table, ObjectProvider<JsonMapper> json) {
        return new OutboxWriter(jdbc, table, json.getIfAvailable(JsonMapper::shared));
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean({JdbcTemplate.class, StringRedisTemplate.class})
    @ConditionalOnProperty(prefix = "ita.events.outbox", name = "relay", havingValue = "true", matchIfMissing = true)
    OutboxRelay outboxRelay(
            JdbcTemplate jdbc,
            StringRedisTemplate redis,
            OutboxTable table,
            OutboxProperties properties,
            ObjectProvider<MeterRegistry> meters) {
        // Plain JDBC transactions: the relay touches only the outbox, and a service's JPA transaction manager
        // may need things a background thread does not have (report-service's needs a tenant).
        TransactionTemplate tx = new TransactionTemplate(new JdbcTransactionManager(jdbc.getDataSource()));
        return new OutboxRelay(jdbc, tx, redis, table, properties, meters.getIfAvailable());
    }
}
