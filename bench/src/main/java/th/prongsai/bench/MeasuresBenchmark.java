package th.prongsai.bench;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A municipality with 300 measures: list (all 300), read one and update one through the gateway as its officer,
 * each beside the same work done directly in PostgreSQL over JDBC in the same run (the floor: no HTTP, no JSON,
 * no token, no ORM). Updates send the version last read, as a client must.
 *
 * <p>Options: --gateway URL, --measures N, --iterations N, --jdbc URL, --user U, --password P.
 */
public final class MeasuresBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");
    private static final int FISCAL_YEAR = 2568;

    /** Everything a measure shows, children aggregated per row: what the list endpoint returns. */
    private static final String SELECT = """
            SELECT m.*,
              (SELECT array_agg(department_id ORDER BY department_id) FROM measure_departments d WHERE d.measure_id = m.id) AS departments,
              (SELECT array_agg(noted_on::text || ' ' || note ORDER BY position) FROM measure_progress_notes n WHERE n.measure_id = m.id) AS notes,
              (SELECT array_agg(url || ' ' || coalesce(label, '') ORDER BY position) FROM measure_evidence_links l WHERE l.measure_id = m.id) AS links,
              (SELECT array_agg(file_name ORDER BY id) FROM measure_attachments a WHERE a.measure_id = m.id) AS files
            FROM measures m WHERE m.fiscal_year = ? %s ORDER BY m.number""";

    private MeasuresBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        String gateway = o.getOrDefault("gateway", "http://127.0.0.1:8080");
        int count = Integer.parseInt(o.getOrDefault("measures", "300"));
        int iterations = Integer.parseInt(o.getOrDefault("iterations", "500"));
        String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:15432/prongsai");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        String code = "bm" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = BenchHttp.token(http, gateway, "admin", o.getOrDefault("admin-password", "demo"));
        BenchHttp.expect(
                BenchHttp.send(
                        http,
                        "POST",
                        gateway + "/api/tenants",
                        admin,
                        "{\"code\":\"" + code
                                + "\",\"nameTh\":\"เทศบาลทดสอบ\",\"nameEn\":\"Benchmark\",\"type\":\"SAO\",\"province\":\"23\"}"),
                201);
        String officer = BenchHttp.token(http, gateway, code + ".officer", "demo");
        String base = gateway + "/t/" + code + "/api";
        List<Long> departments = new ArrayList<>();
        for (String name : List.of("สำนักปลัดเทศบาล", "กองคลัง", "กองช่าง")) {
            departments.add(id(BenchHttp.expect(
                    BenchHttp.send(http, "POST", base + "/departments", officer, "{\"name\":\"" + name + "\"}"), 201)));
        }
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            ids.add(id(BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "POST",
                            base + "/fiscal-years/" + FISCAL_YEAR + "/measures",
                            officer,
                            measure(n, 0, departments, null)),
                    201)));
        }
        String schema = "t_" + code;
        Random random = new Random(42);
        long[] versions = new long[count];

        // Warm-up (JIT, pools, caches): not measured.
        for (int i = 0; i < 50; i++) {
            BenchHttp.send(http, "GET", base + "/fiscal-years/" + FISCAL_YEAR + "/measures?size=500", officer, null);
            int k = random.nextInt(count);
            versions[k] = version(BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "PUT",
                            base + "/fiscal-years/" + FISCAL_YEAR + "/measures/" + ids.get(k),
                            officer,
                            measure(k + 1, i, departments, versions[k])),
                    200));
        }
        Stats list = new Stats();
        Stats read = new Stats();
        Stats update = new Stats();
        for (int i = 0; i < iterations; i++) {
            list.record(timed(() -> BenchHttp.expect(
                    BenchHttp.send(
                            http, "GET", base + "/fiscal-years/" + FISCAL_YEAR + "/measures?size=500", officer, null),
                    200)));
            int k = random.nextInt(count);
            read.record(timed(() -> BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "GET",
                            base + "/fiscal-years/" + FISCAL_YEAR + "/measures/" + ids.get(k),
                            officer,
                            null),
                    200)));
            int u = random.nextInt(count);
            String body = measure(u + 1, i + 100, departments, versions[u]);
            long t0 = System.nanoTime();
            HttpResponse<String> updated = BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "PUT",
                            base + "/fiscal-years/" + FISCAL_YEAR + "/measures/" + ids.get(u),
                            officer,
                            body),
                    200);
            update.record(System.nanoTime() - t0);
            versions[u] = version(updated);
        }

        Stats listSql = new Stats();
        Stats readSql = new Stats();
        Stats updateSql = new Stats();
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            c.setSchema(schema);
            for (int i = 0; i < 50 + iterations; i++) {
                boolean measured = i >= 50;
                long t0 = System.nanoTime();
                int rows = rows(c, SELECT.formatted(""), null);
                long t1 = System.nanoTime();
                rows(c, SELECT.formatted("AND m.id = ?"), ids.get(random.nextInt(count)));
                long t2 = System.nanoTime();
                updateRow(c, ids.get(random.nextInt(count)), i);
                long t3 = System.nanoTime();
                if (rows != count) {
                    throw new IllegalStateException("expected " + count + " rows, got " + rows);
                }
                if (measured) {
                    listSql.record(t1 - t0);
                    readSql.record(t2 - t1);
                    updateSql.record(t3 - t2);
                }
            }
        }

        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "Tenant %s, %d measures, %d iterations per series, one client.%n%n",
                code,
                count,
                iterations);
        System.out.println(
                "| Operation | Gateway p50 ms | Gateway p95 ms | PostgreSQL p50 ms | PostgreSQL p95 ms | p50 ratio | p95 ratio |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        row("List all " + count + " measures", list, listSql);
        row("Read one measure", read, readSql);
        row("Update one measure (with its version)", update, updateSql);
    }

    private static void row(String name, Stats api, Stats sql) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× | %.1f× |%n",
                name,
                api.percentileMs(50),
                api.percentileMs(95),
                sql.percentileMs(50),
                sql.percentileMs(95),
                api.percentileMs(50) / sql.percentileMs(50),
                api.percentileMs(95) / sql.percentileMs(95));
    }

    /** The baseline of an update: the row with its version check, and the audit entry, in one transaction. */
    private static void updateRow(Connection c, long id, int i) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement update = c.prepareStatement("""
                UPDATE measures SET title = ?, output_summary = ?, version = version + 1, updated_at = now()
                WHERE id = ? RETURNING version""");
                PreparedStatement audit = c.prepareStatement("""
                INSERT INTO audit_log (actor, action, entity, entity_id, fiscal_year, before_value, after_value)
                VALUES ('bench', 'UPDATE', 'measure', ?, ?, '{}'::jsonb, '{}'::jsonb)""")) {
            update.setString(1, "มาตรการที่ปรับปรุง " + i);
            update.setString(2, "สรุปผล " + i);
            update.setLong(3, id);
            update.executeQuery().close();
            audit.setLong(1, id);
            audit.setInt(2, FISCAL_YEAR);
            audit.executeUpdate();
            c.commit();
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static int rows(Connection c, String sql, Long id) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setInt(1, FISCAL_YEAR);
            if (id != null) {
                statement.setLong(2, id);
            }
            int rows = 0;
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    rows++;
                }
            }
            return rows;
        }
    }

    /** A measure as an officer fills it in: steps, departments, a year-long period, notes and links. */
    private static String measure(int number, int edit, List<Long> departments, Long version) {
        return """
                {"number":%d,"title":"มาตรการส่งเสริมคุณธรรมและความโปร่งใส ที่ %d (แก้ไขครั้งที่ %d)",
                 "indicatorCodes":["9.1","10.2"],
                 "methodSteps":["จัดทำแผนและกำหนดผู้รับผิดชอบ","ดำเนินการตามแผนและเผยแพร่บนเว็บไซต์","ติดตามและรายงานผลต่อนายกเทศมนตรี"],
                 "departmentIds":[%d,%d],"startMonth":"2024-10","endMonth":"2025-09",
                 "monitoring":"รายงานผลทุกไตรมาส","status":"IN_PROGRESS",
                 "progressNotes":[{"date":"2024-12-31","note":"ไตรมาสที่ 1 ดำเนินการแล้วร้อยละ 25"}],
                 "outputSummary":"เผยแพร่ข้อมูลครบ %d รายการ","outcome":"ประชาชนเข้าถึงข้อมูลได้สะดวกขึ้น",
                 "evidenceLinks":[{"url":"https://www.example.go.th/ita/o%d","label":"หลักฐาน"}],"version":%s}""".formatted(
                        number,
                        number,
                        edit,
                        departments.get(number % 3),
                        departments.get((number + 1) % 3),
                        edit,
                        number,
                        version == null ? "null" : version.toString());
    }

    private static long timed(Runnable call) {
        long t0 = System.nanoTime();
        call.run();
        return System.nanoTime() - t0;
    }

    private static long id(HttpResponse<String> response) {
        Matcher m = ID.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no id in " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** The measure's own version: the first "version" in its JSON (its attachments carry none). */
    private static long version(HttpResponse<String> response) {
        Matcher m = VERSION.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no version in " + response.body());
        }
        return Long.parseLong(m.group(1));
    }
}
