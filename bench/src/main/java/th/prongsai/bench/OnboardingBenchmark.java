package th.prongsai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Onboards N tenants through the gateway's public API (POST /api/tenants: registry row, schema
 * provisioning in report-service, activation, event) and, in the same run, the baseline: a plain
 * Liquibase update of the same tenant changelog into a fresh schema per tenant.
 *
 * <p>Options: --gateway URL, --tenants N, --concurrency C, --baseline N, --jdbc URL, --user U,
 * --password P, --changelog-root DIR, --admin USER, --admin-password PW.
 */
public final class OnboardingBenchmark {

    private OnboardingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        String gateway = o.getOrDefault("gateway", "http://127.0.0.1:8080");
        int tenants = Integer.parseInt(o.getOrDefault("tenants", "500"));
        int concurrency = Integer.parseInt(o.getOrDefault("concurrency", "1"));
        int baselineCount = Integer.parseInt(o.getOrDefault("baseline", String.valueOf(Math.min(tenants, 200))));
        String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:15432/prongsai");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        // report-service's resources root: the tenant changelog includes its files by classpath-style paths
        Path changelogDir = Path.of(o.getOrDefault("changelog-root", "report-service/src/main/resources"));
        String run = "b" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchHttp.token(
                http, gateway, o.getOrDefault("admin", "admin"), o.getOrDefault("admin-password", "demo"));

        onboard(http, gateway, token, run, 5, 1); // warm-up: JIT and pools, not measured
        Stats api = onboard(http, gateway, token, run + "m", tenants, concurrency);
        Stats baseline = liquibaseBaseline(jdbc, user, password, changelogDir, run, baselineCount);

        System.out.println();
        System.out.println("| Series | Tenants | Concurrency | p50 ms | p95 ms | Total s | ms per tenant (wall) |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        row("Onboarding through the gateway API", api, concurrency);
        row("Baseline: plain Liquibase update per schema", baseline, 1);
        System.out.printf(
                Locale.ROOT,
                "%nAPI p50 / baseline p50 = %.2f; 7,850 tenants at the API's wall rate: %.1f min%n",
                api.percentileMs(50) / baseline.percentileMs(50),
                api.msPerItem() * 7_850 / 60_000);
    }

    private static void row(String name, Stats s, int concurrency) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                name,
                s.count(),
                concurrency,
                s.percentileMs(50),
                s.percentileMs(95),
                s.totalSeconds(),
                s.msPerItem());
    }

    private static Stats onboard(
            HttpClient http, String gateway, String token, String prefix, int count, int concurrency) throws Exception {
        Stats stats = new Stats();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        stats.start();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < concurrency; w++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        String code = prefix + "-" + i;
                        String body = "{\"code\":\"" + code + "\",\"nameTh\":\"เทศบาลทดสอบ " + i
                                + "\",\"nameEn\":\"Benchmark " + i + "\",\"type\":\"SAO\",\"province\":\"23\"}";
                        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/tenants"))
                                .header("authorization", "Bearer " + token)
                                .header("content-type", "application/json")
                                .timeout(Duration.ofSeconds(30))
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = BenchHttp.send(http, request);
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() != 201) {
                            failures.incrementAndGet();
                            System.err.println(code + ": " + response.statusCode() + " " + response.body());
                            continue;
                        }
                        synchronized (stats) {
                            stats.record(elapsed);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        }
        stats.end();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " onboardings failed");
        }
        return stats;
    }

    private static Stats liquibaseBaseline(
            String jdbc, String user, String password, Path changelogDir, String run, int count) throws Exception {
        Stats stats = new Stats();
        List<String> schemas = new ArrayList<>();
        try (Connection admin = DriverManager.getConnection(jdbc, user, password)) {
            stats.start();
            for (int i = 0; i < count; i++) {
                String schema = "bench_lb_" + run + "_" + i;
                schemas.add(schema);
                long t0 = System.nanoTime();
                try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
                    try (Statement s = c.createStatement()) {
                        s.execute("CREATE SCHEMA " + schema);
                    }
                    Database database =
                            DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
                    database.setDefaultSchemaName(schema);
                    database.setLiquibaseSchemaName(schema);
                    Scope.child(
                            Scope.Attr.resourceAccessor.name(),
                            new DirectoryResourceAccessor(changelogDir),
                            () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                                    .addArgumentValue(
                                            UpdateCommandStep.CHANGELOG_FILE_ARG, "db/tenant-changelog/master.yaml")
                                    .execute());
                }
                stats.record(System.nanoTime() - t0);
            }
            stats.end();
            try (Statement s = admin.createStatement()) {
                for (String schema : schemas) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
        return stats;
    }
}
