package th.prongsai.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant isolation at the size promised (issue 12): many clients, many tenants, a mix of reads, writes, failing
 * writes (stale versions roll back inside the transaction, invalid bodies) and cross-tenant attempts, all through the
 * gateway. Every measure title carries its tenant's marker {@code ISO[code]}; any answer given for one tenant that
 * shows another tenant's marker is a cross-tenant result. At the end every schema is read directly with SQL.
 */
public final class IsolationBenchmark {

    private static final int FISCAL_YEAR = 2568;
    private static final Pattern MARKER = Pattern.compile("ISO\\[([a-z0-9-]+)]");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*(\\d+)");

    /** One municipality of the run: its officer's token and the measures it has (id → number and version). */
    record Tenant(String code, String token, Map<Long, long[]> measures, AtomicInteger numbers) {}

    private final List<Tenant> tenants = new ArrayList<>();
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> violations = new ConcurrentLinkedQueue<>();
    private final AtomicLong unexpected = new AtomicLong();
    private final List<String> unexpectedSamples = new CopyOnWriteArrayList<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;

    private IsolationBenchmark(String gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        int tenantCount = Integer.parseInt(o.getOrDefault("tenants", "50"));
        int requests = Integer.parseInt(o.getOrDefault("requests", "100000"));
        int clients = Integer.parseInt(o.getOrDefault("clients", "16"));
        IsolationBenchmark bench = new IsolationBenchmark(o.getOrDefault("gateway", "http://127.0.0.1:8080"));
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        long t0 = System.nanoTime();
        bench.setUp(run, tenantCount, o.getOrDefault("admin-password", "demo"));
        long t1 = System.nanoTime();
        bench.load(requests, clients);
        long t2 = System.nanoTime();
        List<String> sqlFindings = bench.checkSchemas(
                o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:15432/prongsai"),
                o.getOrDefault("user", "postgres"),
                o.getOrDefault("password", ""));
        bench.report(run, tenantCount, requests, clients, (t1 - t0) / 1e9, (t2 - t1) / 1e9, sqlFindings);
        if (!bench.violations.isEmpty() || !sqlFindings.isEmpty() || bench.unexpected.get() > 0) {
            System.exit(1);
        }
    }

    private void setUp(String run, int count, String adminPassword) {
        String admin = BenchHttp.token(http, gateway, "admin", adminPassword);
        for (int i = 0; i < count; i++) {
            String code = "iso" + run + "-" + i;
            BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "POST",
                            gateway + "/api/tenants",
                            admin,
                            "{\"code\":\"" + code
                                    + "\",\"nameTh\":\"เทศบาลทดสอบการแยกข้อมูล " + i + "\",\"nameEn\":\"Isolation " + i
                                    + "\",\"type\":\"SAO\",\"province\":\"23\"}"),
                    201);
            Tenant tenant = new Tenant(
                    code,
                    BenchHttp.token(http, gateway, code + ".officer", "demo"),
                    new ConcurrentHashMap<>(),
                    new AtomicInteger());
            for (int n = 1; n <= 5; n++) {
                create(tenant);
            }
            tenants.add(tenant);
        }
    }

    private void load(int requests, int clients) throws Exception {
        AtomicLong left = new AtomicLong(requests);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            long seed = 42 + c;
            running.add(pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                while (left.getAndDecrement() > 0) {
                    step(random);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();
    }

    /** One request of the mix, chosen at random; each answer is checked for other tenants' markers. */
    private void step(SplittableRandom random) {
        Tenant tenant = tenants.get(random.nextInt(tenants.size()));
        Tenant other = tenants.get(random.nextInt(tenants.size()));
        String base = gateway + "/t/" + tenant.code() + "/api/fiscal-years/" + FISCAL_YEAR + "/measures";
        int pick = random.nextInt(100);
        if (pick < 30) {
            check("list", tenant, send("GET", base + "?size=50", tenant, null), 200);
        } else if (pick < 50) {
            Long id = anyMeasure(tenant, random);
            check("read", tenant, send("GET", base + "/" + id, tenant, null), 200);
        } else if (pick < 60) {
            create(tenant);
            count("create");
        } else if (pick < 70) {
            Long id = anyMeasure(tenant, random);
            long[] known = tenant.measures().get(id);
            HttpResponse<String> answer = send("PUT", base + "/" + id, tenant, body(tenant, (int) known[0], known[1]));
            check("update", tenant, answer, 200, 409); // 409: another client updated it first
            if (answer.statusCode() == 200) {
                tenant.measures().put(id, new long[] {known[0], number(VERSION, answer.body())});
            }
        } else if (pick < 76) {
            // a stale version: the UPDATE finds no row, the transaction rolls back on a pooled connection
            Long id = anyMeasure(tenant, random);
            check(
                    "stale-update",
                    tenant,
                    send(
                            "PUT",
                            base + "/" + id,
                            tenant,
                            body(
                                    tenant,
                                    (int) tenant.measures().get(id)[0],
                                    tenant.measures().get(id)[1] + 1000)),
                    409);
        } else if (pick < 80) {
            check(
                    "invalid-create",
                    tenant,
                    send(
                            "POST",
                            base,
                            tenant,
                            "{\"number\":1,\"title\":\"ISO[" + tenant.code() + "]\",\"indicatorCodes\":[\"99.9\"]}"),
                    400);
        } else if (pick < 88) {
            // another tenant's path with this tenant's token: refused before any data is read
            String path = gateway + "/t/" + other.code() + "/api/fiscal-years/" + FISCAL_YEAR + "/measures";
            check("cross-path", tenant, send("GET", path, tenant, null), other == tenant ? 200 : 403);
        } else if (pick < 95) {
            // another tenant's measure id under this tenant's path: at most this tenant's own measure of that id
            Long id = anyMeasure(other, random);
            check("cross-id", tenant, send("GET", base + "/" + id, tenant, null), 200, 404);
        } else {
            check(
                    "export",
                    tenant,
                    send(
                            "GET",
                            gateway + "/t/" + tenant.code() + "/api/fiscal-years/" + FISCAL_YEAR + "/export",
                            tenant,
                            null),
                    200);
        }
    }

    private void create(Tenant tenant) {
        int number = tenant.numbers().incrementAndGet();
        HttpResponse<String> answer = send(
                "POST",
                gateway + "/t/" + tenant.code() + "/api/fiscal-years/" + FISCAL_YEAR + "/measures",
                tenant,
                body(tenant, number, null));
        check(null, tenant, answer, 201);
        if (answer.statusCode() == 201) {
            tenant.measures().put(number(ID, answer.body()), new long[] {number, number(VERSION, answer.body())});
        }
    }

    private static String body(Tenant tenant, int number, Long version) {
        return """
                {"number":%d,"title":"ISO[%s] มาตรการที่ %d","indicatorCodes":["9.1"],"status":"IN_PROGRESS",
                 "methodSteps":["ISO[%s] ขั้นตอนที่ 1"],"outputSummary":"ISO[%s]","version":%s}""".formatted(
                        number,
                        tenant.code(),
                        number,
                        tenant.code(),
                        tenant.code(),
                        version == null ? "null" : version.toString());
    }

    private HttpResponse<String> send(String method, String url, Tenant tenant, String body) {
        return BenchHttp.send(http, method, url, tenant.token(), body);
    }

    private void check(String kind, Tenant tenant, HttpResponse<String> answer, int... expected) {
        if (kind != null) {
            count(kind);
        }
        statuses.computeIfAbsent(answer.statusCode(), s -> new LongAdder()).increment();
        Matcher marker = MARKER.matcher(answer.body());
        while (marker.find()) {
            if (!marker.group(1).equals(tenant.code())) {
                violations.add(kind + " for " + tenant.code() + " showed " + marker.group(1) + ": " + answer.uri());
            }
        }
        for (int status : expected) {
            if (answer.statusCode() == status) {
                return;
            }
        }
        if (answer.statusCode() == 429) {
            return; // the gateway's rate limit: counted, not a failure of isolation
        }
        unexpected.incrementAndGet();
        if (unexpectedSamples.size() < 10) {
            unexpectedSamples.add(kind + " " + answer.uri() + " → " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(200, answer.body().length())));
        }
    }

    private void count(String kind) {
        counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    private static Long anyMeasure(Tenant tenant, SplittableRandom random) {
        Long[] ids = tenant.measures().keySet().toArray(Long[]::new);
        return ids[random.nextInt(ids.length)];
    }

    private static long number(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return Long.parseLong(m.group(1));
    }

    /** Reads each schema with SQL: every measure it holds carries its own marker, and every one created is there. */
    private List<String> checkSchemas(String jdbc, String user, String password) throws Exception {
        List<String> findings = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password);
                Statement s = c.createStatement()) {
            for (Tenant tenant : tenants) {
                Set<Long> created = tenant.measures().keySet();
                long foreign;
                long present = 0;
                try (ResultSet rs =
                        s.executeQuery("SELECT count(*) FROM t_" + tenant.code().replace('-', '_')
                                + ".measures WHERE title NOT LIKE 'ISO[" + tenant.code() + "]%'")) {
                    rs.next();
                    foreign = rs.getLong(1);
                }
                try (ResultSet rs =
                        s.executeQuery("SELECT id FROM t_" + tenant.code().replace('-', '_') + ".measures")) {
                    while (rs.next()) {
                        if (created.contains(rs.getLong(1))) {
                            present++;
                        }
                    }
                }
                if (foreign > 0) {
                    findings.add(tenant.code() + ": " + foreign + " measures without its marker");
                }
                if (present != created.size()) {
                    findings.add(tenant.code() + ": " + (created.size() - present) + " created measures missing");
                }
            }
        }
        return findings;
    }

    private void report(
            String run,
            int tenantCount,
            int requests,
            int clients,
            double setUp,
            double seconds,
            List<String> sqlFindings) {
        long measures = tenants.stream().mapToLong(t -> t.measures().size()).sum();
        System.out.println("## Isolation at scale (run " + run + ")");
        System.out.println();
        System.out.printf(
                "%d mixed requests by %d clients over %d tenants through the gateway in %.1f s (%.0f req/s); "
                        + "set-up %.1f s; %d measures at the end.%n%n",
                requests, clients, tenantCount, seconds, requests / seconds, setUp, measures);
        System.out.println("| kind | requests |");
        System.out.println("|---|---:|");
        new TreeMap<>(counts).forEach((kind, n) -> System.out.println("| " + kind + " | " + n.sum() + " |"));
        System.out.println();
        System.out.println("Answers by status: "
                + new TreeMap<>(statuses)
                        .entrySet().stream()
                                .map(e -> e.getKey() + " × " + e.getValue().sum())
                                .toList());
        System.out.println();
        System.out.println("**Cross-tenant results: " + violations.size()
                + "** (answers showing another tenant's marker); "
                + "schemas read with SQL: "
                + (sqlFindings.isEmpty()
                        ? "every measure carries its own tenant's marker and " + "every created measure is there"
                        : String.join("; ", sqlFindings))
                + "; unexpected statuses: "
                + unexpected.get() + ".");
        violations.stream().limit(10).forEach(v -> System.out.println("- " + v));
        unexpectedSamples.forEach(v -> System.out.println("- unexpected: " + v));
    }
}
