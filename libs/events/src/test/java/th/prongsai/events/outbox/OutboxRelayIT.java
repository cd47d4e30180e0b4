package th.prongsai.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.stream.MapRecord;
import org.springframework.data.redis.connection.stream.StreamOffset;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.events.Streams;
import th.prongsai.events.TenantEvent;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.json.JsonMapper;

class OutboxRelayIT {

    private static final String SCHEMA = "events_it";
    private static final String STREAM = "it:outbox:" + UUID.randomUUID();
    private static final String REGISTRY = STREAM + ":registry";

    private static TcpProxy proxy;
    private static LettuceConnectionFactory viaProxy;
    private static LettuceConnectionFactory direct;
    private static StringRedisTemplate redis;
    private static JdbcTemplate jdbc;
    private static TransactionTemplate tx;
    private static OutboxWriter writer;
    private static OutboxRelay relay;
    private static SimpleMeterRegistry meters;

    @BeforeAll
    static void setUp() throws Exception {
        TestInfra.Postgres pg = TestInfra.postgres();
        try (Connection c = pg.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
        }
        var dataSource = new DriverManagerDataSource(pg.jdbcUrl(), pg.username(), pg.password());
        var liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.setChangeLog("classpath:db/changelog/events/outbox.yaml");
        liquibase.setDefaultSchema(SCHEMA);
        liquibase.setLiquibaseSchema(SCHEMA);
        liquibase.afterPropertiesSet();

        URI redisUri = URI.create(TestInfra.redisUrl());
        proxy = new TcpProxy(redisUri.getHost(), redisUri.getPort());
        proxy.start();
        var shortTimeouts = LettuceClientConfiguration.builder()
                .commandTimeout(Duration.ofMillis(500))
                .build();
        var proxied = new RedisStandaloneConfiguration("127.0.0.1", proxy.port());
        proxied.setDatabase(TestInfra.redisDatabase());
        viaProxy = new LettuceConnectionFactory(proxied, shortTimeouts);
        viaProxy.afterPropertiesSet();
        viaProxy.start();
        var server = new RedisStandaloneConfiguration(redisUri.getHost(), redisUri.getPort());
        server.setDatabase(TestInfra.redisDatabase());
        direct = new LettuceConnectionFactory(server);
        direct.afterPropertiesSet();
        direct.start();
        redis = new StringRedisTemplate(direct);

        jdbc = new JdbcTemplate(dataSource);
        tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        OutboxTable table = OutboxTable.inSchema(SCHEMA);
        writer = new OutboxWriter(jdbc, table, JsonMapper.shared());
        meters = new SimpleMeterRegistry();
        var properties = new OutboxProperties(true, null, Duration.ofMillis(100), 50, null, null);
        relay = new OutboxRelay(
                jdbc,
                tx,
                new StringRedisTemplate(viaProxy),
                table,
                properties,
                Map.of(STREAM, REGISTRY, Streams.TENANTS, Streams.TENANT_REGISTRY),
                meters);
        relay.start();
    }

    @AfterAll
    static void tearDown() throws Exception {
        relay.stop();
        redis.delete(List.of(STREAM, REGISTRY));
        viaProxy.destroy();
        direct.destroy();
        proxy.close();
    }

    private static List<String> payloads() {
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(StreamOffset.fromStart(STREAM));
        return records == null
                ? List.of()
                : records.stream()
                        .map(r -> (String) r.getValue().get(Streams.FIELD_PAYLOAD))
                        .toList();
    }

    private static long unpublished(String payload) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM " + SCHEMA + ".outbox WHERE payload = ? AND published_at IS NULL",
                Long.class,
                payload);
    }

    @Test
    void deliversCommittedEventsWithTypeAndRegistryEntry() {
        String payload = "{\"n\":\"" + UUID.randomUUID() + "\"}";
        tx.executeWithoutResult(s -> writer.append(STREAM, "Thing", payload, "k1"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(payloads()).contains(payload);
            assertThat(redis.opsForHash().get(REGISTRY, "k1")).isEqualTo(payload);
            assertThat(unpublished(payload)).isZero();
        });
        List<MapRecord<String, Object, Object>> records = redis.opsForStream().read(StreamOffset.fromStart(STREAM));
        assertThat(records).anySatisfy(r -> {
            assertThat(r.getValue().get(Streams.FIELD_TYPE)).isEqualTo("Thing");
            assertThat(r.getValue().get(Streams.FIELD_PAYLOAD)).isEqualTo(payload);
        });
    }

    @Test
    void rolledBackChangesLeaveNoEvent() {
        String payload = "{\"rolledBack\":\"" + UUID.randomUUID() + "\"}";
        tx.executeWithoutResult(s -> {
            writer.append(STREAM, "Thing", payload, null);
            s.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM " + SCHEMA + ".outbox WHERE payload = ?", Long.class, payload))
                .isZero();
    }

    @Test
    void appendOutsideTransactionIsRefused() {
        assertThatThrownBy(() -> writer.append(STREAM, "Thing", "{}", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void tenantEventGoesToTenantStreamAndRegistry() {
        String code = "it-" + UUID.randomUUID().toString().substring(0, 8);
        var event = new TenantEvent(
                UUID.randomUUID(),
                TenantEvent.Kind.ONBOARDED,
                code,
                "ทดสอบ",
                "Test",
                "TOWN_MUNICIPALITY",
                "23",
                "ACTIVE",
                Instant.now());
        tx.executeWithoutResult(s -> writer.append(event));
        try {
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Object json = redis.opsForHash().get(Streams.TENANT_REGISTRY, code);
                assertThat(json).isNotNull();
                assertThat(JsonMapper.shared().readValue((String) json, TenantEvent.class))
                        .isEqualTo(event);
            });
        } finally {
            redis.opsForHash().delete(Streams.TENANT_REGISTRY, code);
        }
    }

    @Test
    void eventWrittenDuringRedisOutageIsDeliveredWhenRedisReturns() throws Exception {
        String payload = "{\"outage\":\"" + UUID.randomUUID() + "\"}";
        proxy.stop();
        try {
            tx.executeWithoutResult(s -> writer.append(STREAM, "Thing", payload, "k-outage"));
            assertThatThrownBy(relay::drain).isNotNull();
            assertThat(unpublished(payload)).isEqualTo(1);
            assertThat(payloads()).doesNotContain(payload);
            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(
                                    meters.get("ita.outbox.unpublished").gauge().value())
                            .isGreaterThanOrEqualTo(1));
        } finally {
            proxy.start();
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(unpublished(payload)).isZero();
            assertThat(payloads()).containsOnlyOnce(payload);
            assertThat(redis.opsForHash().get(REGISTRY, "k-outage")).isEqualTo(payload);
        });
    }
}
