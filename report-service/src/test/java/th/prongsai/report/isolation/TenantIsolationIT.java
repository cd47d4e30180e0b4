package th.prongsai.report.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import th.prongsai.report.department.DepartmentService;
import th.prongsai.report.measure.MeasureRequest;
import th.prongsai.report.measure.MeasureService;
import th.prongsai.report.measure.MeasureStatus;
import th.prongsai.report.support.Api;
import th.prongsai.report.support.ReportIntegrationTest;
import th.prongsai.report.support.TestTokens;
import th.prongsai.tenancy.TenantCode;
import th.prongsai.tenancy.context.MissingTenantException;
import th.prongsai.tenancy.context.TenantContext;
import th.prongsai.tenancy.hibernate.SchemaPerTenantConnectionProvider;
import th.prongsai.testsupport.TestInfra;
import tools.jackson.databind.JsonNode;

/** Promise 1: a request for tenant A never reads or writes tenant B's data, under load and after errors. */
class TenantIsolationIT extends ReportIntegrationTest {

    private static final int TENANTS = 20;
    private static final int THREADS = 8;
    private static final int HTTP_OPERATIONS = 1200;
    private static final int SERVICE_OPERATIONS = 1200;
    private static final int FISCAL_YEAR = 2568;

    private static final String ADMIN = TestTokens.nationalAdmin();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Autowired
    MeasureService measures;

    @Autowired
    DepartmentService departments;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntityManager entityManager;

    @Test
    void concurrentMixedTrafficNeverCrossesTenants() throws Exception {
        List<String> tenants = new ArrayList<>();
        for (int i = 0; i < TENANTS; i++) {
            tenants.add(provisioned("iso" + i, i % 2 == 0 ? "23" : "92"));
        }
        Map<String, AtomicInteger> numbers = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
        tenants.forEach(t -> {
            numbers.put(t, new AtomicInteger());
            created.put(t, new AtomicInteger());
        });
        List<String> violations = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger reads = new AtomicInteger();

        List<Future<?>> work = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < HTTP_OPERATIONS; i++) {
                work.add(pool.submit(() -> httpOperation(tenants, numbers, created, violations, reads)));
            }
            for (int i = 0; i < SERVICE_OPERATIONS; i++) {
                work.add(pool.submit(() -> serviceOperation(tenants, numbers, created, violations, reads)));
            }
        }
        for (Future<?> f : work) {
            f.get();
        }

        assertThat(violations).as("cross-tenant results").isEmpty();
        assertThat(reads.get()).as("reads that returned rows were checked").isGreaterThan(500);
        for (String tenant : tenants) {
            String schema = TenantCode.of(tenant).schemaName();
            List<String> titles = jdbc.queryForList("SELECT title FROM " + schema + ".measures", String.class);
            assertThat(titles)
                    .as("measures stored in %s", schema)
                    .hasSize(created.get(tenant).get())
                    .allMatch(title -> title.startsWith(tenant + "#"));
            assertThat(jdbc.queryForList("SELECT name FROM " + schema + ".departments", String.class))
                    .allMatch(name -> name.startsWith(tenant + " "));
        }
    }

    private void httpOperation(
            List<String> tenants,
            Map<String, AtomicInteger> numbers,
            Map<String, AtomicInteger> created,
            List<String> violations,
            AtomicInteger reads) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String tenant = tenants.get(random.nextInt(tenants.size()));
        String token = random.nextBoolean() ? tokens.computeIfAbsent(tenant, TestTokens::officer) : ADMIN;
        int dice = random.nextInt(10);
        if (dice < 4) {
            int number = numbers.get(tenant).incrementAndGet();
            Api.Response response = api.tenant(
                    "POST",
                    tenant,
                    "/api/fiscal-years/" + FISCAL_YEAR + "/measures",
                    token,
                    Map.of("number", number, "title", tenant + "#" + number, "status", "PLANNED"));
            check(response.status() == 201, violations, tenant, "create measure: " + response);
            if (response.status() == 201) {
                created.get(tenant).incrementAndGet();
            }
        } else if (dice < 8) {
            Api.Response response =
                    api.tenant("GET", tenant, "/api/fiscal-years/" + FISCAL_YEAR + "/measures?size=500", token, null);
            check(response.status() == 200, violations, tenant, "list: " + response);
            for (JsonNode measure : response.json()) {
                reads.incrementAndGet();
                check(
                        measure.get("title").asString().startsWith(tenant + "#"),
                        violations,
                        tenant,
                        "listed " + measure.get("title").asString());
            }
            if (!response.json().isEmpty()) {
                long someId = response.json()
                        .get(random.nextInt(response.json().size()))
                        .get("id")
                        .asLong();
                Api.Response one = api.tenant(
                        "GET", tenant, "/api/fiscal-years/" + FISCAL_YEAR + "/measures/" + someId, token, null);
                check(
                        one.status() == 200
                                && one.json().get("title").asString().startsWith(tenant + "#"),
                        violations,
                        tenant,
                        "read " + someId + ": " + one);
            }
        } else if (dice < 9) {
            Api.Response response = api.tenant(
                    "POST", tenant, "/api/departments", token, Map.of("name", tenant + " " + UUID.randomUUID()));
            check(response.status() == 201, violations, tenant, "create department: " + response);
        } else {
            Api.Response response = api.tenant("GET", tenant, "/api/departments", token, null);
            for (JsonNode department : response.json()) {
                reads.incrementAndGet();
                check(
                        department.get("name").asString().startsWith(tenant + " "),
                        violations,
                        tenant,
                        "department " + department.get("name").asString());
            }
        }
    }

    private void serviceOperation(
            List<String> tenants,
            Map<String, AtomicInteger> numbers,
            Map<String, AtomicInteger> created,
            List<String> violations,
            AtomicInteger reads) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String tenant = tenants.get(random.nextInt(tenants.size()));
        TenantContext.run(TenantCode.of(tenant), () -> {
            if (random.nextInt(3) == 0) {
                int number = numbers.get(tenant).incrementAndGet();
                measures.create(
                        FISCAL_YEAR,
                        new MeasureRequest(
                                number,
                                tenant + "#" + number,
                                null,
                                List.of("9.1"),
                                List.of("ขั้นตอน"),
                                List.of(),
                                null,
                                null,
                                null,
                                MeasureStatus.PLANNED,
                                List.of(),
                                null,
                                null,
                                null,
                                List.of(),
                                null));
                created.get(tenant).incrementAndGet();
            } else {
                for (MeasureService.MeasureView measure : measures.list(FISCAL_YEAR, 500)) {
                    reads.incrementAndGet();
                    check(
                            measure.title().startsWith(tenant + "#"),
                            violations,
                            tenant,
                            "service listed " + measure.title());
                }
                departments
                        .list()
                        .forEach(d -> check(
                                d.name().startsWith(tenant + " "),
                                violations,
                                tenant,
                                "service department " + d.name()));
            }
        });
    }

    @Test
    void pooledConnectionsNeverComeBackInATenantSchema() throws Exception {
        String tenant = provisioned("pool", "23");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                pool.submit(() -> TenantContext.run(TenantCode.of(tenant), () -> {
                    if (n % 3 == 0) {
                        // A failing statement aborts the transaction before the connection goes back.
                        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> entityManager
                                        .createNativeQuery("SELECT 1 / 0")
                                        .getSingleResult()))
                                .isNotNull();
                    } else if (n % 3 == 1) {
                        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                                    measures.list(FISCAL_YEAR, 5);
                                    throw new IllegalStateException("business failure after tenant reads");
                                }))
                                .isInstanceOf(IllegalStateException.class);
                    } else {
                        measures.list(FISCAL_YEAR, 5);
                    }
                }));
            }
        }

        List<Connection> borrowed = new ArrayList<>();
        try {
            int size = dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
            for (int i = 0; i < size; i++) {
                borrowed.add(dataSource.getConnection());
            }
            for (Connection connection : borrowed) {
                assertThat(schemaOf(connection)).isEqualTo("reporting | reporting");
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
    }

    @Test
    void theConnectionProviderItselfPutsEveryConnectionBack() throws Exception {
        String tenant = provisioned("provider", "23");
        try (Connection physical = TestInfra.postgres().connect()) {
            // One connection that nothing else resets: only the provider can put it back.
            SingleConnectionDataSource single = new SingleConnectionDataSource(physical, true);
            SchemaPerTenantConnectionProvider provider = new SchemaPerTenantConnectionProvider(single, "reporting");

            Connection used = provider.getConnection(tenant);
            assertThat(schemaOf(used)).startsWith(TenantCode.of(tenant).schemaName());
            provider.releaseConnection(tenant, used);
            assertThat(schemaOf(physical)).isEqualTo("reporting | reporting");

            Connection failed = provider.getConnection(tenant);
            failed.setAutoCommit(false);
            try (Statement statement = failed.createStatement()) {
                assertThatThrownBy(() -> statement.execute("SELECT 1 / 0")).isInstanceOf(SQLException.class);
            }
            provider.releaseConnection(tenant, failed);
            physical.setAutoCommit(true);
            assertThat(schemaOf(physical))
                    .as("reset also after an aborted transaction")
                    .isEqualTo("reporting | reporting");

            assertThatThrownBy(() -> provider.getConnection("T_OTHER; DROP SCHEMA x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(schemaOf(physical)).isEqualTo("reporting | reporting");
        }
    }

    @Test
    void tenantDataWithoutATenantIsRefused() {
        assertThatThrownBy(() -> measures.list(FISCAL_YEAR, 5)).hasRootCauseInstanceOf(MissingTenantException.class);
        assertThatThrownBy(departments::list).hasRootCauseInstanceOf(MissingTenantException.class);
    }

    private static String schemaOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT current_schema() || ' | ' || replace(current_setting('search_path'), '\"', '')")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void check(boolean ok, List<String> violations, String tenant, String what) {
        if (!ok) {
            violations.add(tenant + ": " + what);
        }
    }
}
