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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analytics at national scale on the synthetic dataset (~7,850 LAOs × 6 years × 10 indicators), through the
 * gateway as the national admin: a scorecard and a province ranking, each first uncached (the first call for
 * that agency or province) and then cached (the same call again), beside the same aggregate as one raw SQL query
 * on the same database in the same run. Then write-to-visible: a municipal officer stores scores through the
 * gateway and the benchmark polls the tenant's scorecard until analytics shows the new overall.
 *
 * <p>Options: --gateway URL, --jdbc URL, --user U, --password P, --samples N, --writes N, --tenant CODE, --fy YEAR.
 */
public final class AnalyticsBenchmark {

    private static final Pattern OVERALL = Pattern.compile("\"overall\":([0-9.]+)");
    private static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

    private static final String SCORECARD_SQL = """
            WITH ranked AS (
              SELECT agency_code, overall,
                     rank() OVER (ORDER BY overall DESC) AS national_rank,
                     rank() OVER (PARTITION BY province ORDER BY overall DESC) AS province_rank,
                     rank() OVER (PARTITION BY lao_type ORDER BY overall DESC) AS type_rank,
                     percent_rank() OVER (ORDER BY overall) AS national_percentile
              FROM analytics.score_facts WHERE dataset = 'synthetic' AND fiscal_year = ?)
            SELECT f.*, r.national_rank, r.province_rank, r.type_rank, r.national_percentile, p.scores AS previous
            FROM analytics.score_facts f JOIN ranked r USING (agency_code)
            LEFT JOIN analytics.score_facts p ON p.dataset = f.dataset AND p.agency_code = f.agency_code
                 AND p.fiscal_year = f.fiscal_year - 1
            WHERE f.dataset = 'synthetic' AND f.fiscal_year = ? AND f.agency_code = ?""";

    private static final String RANKING_SQL = """
            SELECT agency_code, name_th, lao_type, overall, level_code, passed,
                   rank() OVER (ORDER BY overall DESC) AS rank
            FROM analytics.score_facts WHERE dataset = 'synthetic' AND fiscal_year = ? AND province = ?
            ORDER BY overall DESC, agency_code""";

    private AnalyticsBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        String gateway = o.getOrDefault("gateway", "http://127.0.0.1:8080");
        // analytics-service itself (it checks the same token): shows how much of a figure is the gateway hop
        String direct = o.getOrDefault("analytics", "http://127.0.0.1:8083");
        String jdbc = o.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:15432/prongsai");
        String user = o.getOrDefault("user", "postgres");
        String password = o.getOrDefault("password", "");
        int samples = Integer.parseInt(o.getOrDefault("samples", "300"));
        int writes = Integer.parseInt(o.getOrDefault("writes", "100"));
        String tenant = o.getOrDefault("tenant", "trat");
        int fy = Integer.parseInt(o.getOrDefault("fy", "2568"));

        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String admin = BenchHttp.token(http, gateway, "admin", "demo");

        long t0 = System.nanoTime();
        HttpResponse<String> generated = BenchHttp.expect(
                BenchHttp.send(http, "POST", gateway + "/api/analytics/synthetic?seed=42", admin, null), 200);
        double generateSeconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "Synthetic dataset generated in %.1f s: %s%n",
                generateSeconds,
                generated.body().length() > 300 ? generated.body().substring(0, 300) + "…" : generated.body());

        List<String> agencies = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            agencies.addAll(column(
                    c,
                    "SELECT agency_code FROM analytics.score_facts WHERE dataset = 'synthetic' " + "AND fiscal_year = "
                            + fy + " ORDER BY agency_code"));
            provinces.addAll(column(
                    c,
                    "SELECT DISTINCT province FROM analytics.score_facts WHERE dataset = "
                            + "'synthetic' AND fiscal_year = " + fy + " ORDER BY province"));
        }
        Collections.shuffle(agencies, new Random(42));
        List<String> sample = agencies.subList(0, Math.min(samples, agencies.size()));
        List<String> directSample = agencies.subList(sample.size(), Math.min(2 * sample.size(), agencies.size() - 30));
        System.out.printf(
                Locale.ROOT,
                "%d agencies in %d provinces in %d; %d sampled.%n",
                agencies.size(),
                provinces.size(),
                fy,
                sample.size());

        // Warm-up on agencies and a year outside the sample: JIT and pools, not measured.
        for (String agency : agencies.subList(agencies.size() - 30, agencies.size())) {
            BenchHttp.expect(
                    BenchHttp.send(
                            http,
                            "GET",
                            gateway + "/api/analytics/scorecards/" + agency + "/" + (fy - 1) + "?dataset=synthetic",
                            admin,
                            null),
                    200);
        }
        Stats scorecardCold = new Stats();
        Stats scorecardWarm = new Stats();
        for (String agency : sample) {
            String url = gateway + "/api/analytics/scorecards/" + agency + "/" + fy + "?dataset=synthetic";
            scorecardCold.record(timed(http, url, admin));
            scorecardWarm.record(timed(http, url, admin));
        }
        Stats directCold = new Stats();
        Stats directWarm = new Stats();
        for (String agency : directSample) {
            String url = direct + "/api/analytics/scorecards/" + agency + "/" + fy + "?dataset=synthetic";
            directCold.record(timed(http, url, admin));
            directWarm.record(timed(http, url, admin));
        }
        Stats rankingCold = new Stats();
        Stats rankingWarm = new Stats();
        for (String province : provinces) {
            String url = gateway + "/api/analytics/rankings?fy=" + fy + "&province=" + province + "&dataset=synthetic";
            rankingCold.record(timed(http, url, admin));
            rankingWarm.record(timed(http, url, admin));
        }
        Stats scorecardSql = new Stats();
        Stats rankingSql = new Stats();
        try (Connection c = DriverManager.getConnection(jdbc, user, password)) {
            for (int round = 0; round < 2; round++) {
                boolean measured = round == 1;
                for (String agency : sample) {
                    long t = System.nanoTime();
                    rows(c, SCORECARD_SQL, fy, fy, agency);
                    if (measured) {
                        scorecardSql.record(System.nanoTime() - t);
                    }
                }
                for (String province : provinces) {
                    long t = System.nanoTime();
                    rows(c, RANKING_SQL, fy, province);
                    if (measured) {
                        rankingSql.record(System.nanoTime() - t);
                    }
                }
            }
        }

        Stats visible = writeToVisible(http, gateway, tenant, writes);

        System.out.println();
        System.out.println(
                "| Query | Through the gateway | p50 ms | p95 ms | Raw SQL p50 ms | Raw SQL p95 ms | p95 ratio | Target p95 |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---|");
        row("Scorecard (" + sample.size() + " agencies)", "uncached", scorecardCold, scorecardSql, "≤ 50 ms");
        row("Scorecard", "cached", scorecardWarm, scorecardSql, "≤ 5 ms");
        row(
                "Scorecard (" + directSample.size() + " other agencies)",
                "uncached, no gateway",
                directCold,
                scorecardSql,
                "(breakdown)");
        row("Scorecard", "cached, no gateway", directWarm, scorecardSql, "(breakdown)");
        row("Province ranking (" + provinces.size() + " provinces)", "uncached", rankingCold, rankingSql, "≤ 50 ms");
        row("Province ranking", "cached", rankingWarm, rankingSql, "≤ 5 ms");
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "| Score written → visible in the scorecard (%d writes) | p50 %.1f ms | p95 %.1f ms | "
                        + "max %.1f ms | target p95 ≤ 1,000 ms |%n",
                visible.count(),
                visible.percentileMs(50),
                visible.percentileMs(95),
                visible.percentileMs(100));
    }

    /** PUT a tenant's scores through the gateway, then poll its scorecard until the new overall shows. */
    private static Stats writeToVisible(HttpClient http, String gateway, String tenant, int writes) throws Exception {
        String officer = BenchHttp.token(http, gateway, tenant + ".officer", "demo");
        String scoresUrl = gateway + "/t/" + tenant + "/api/fiscal-years/2567/scores";
        String scorecardUrl = gateway + "/api/analytics/scorecards/" + tenant + "/2567";
        HttpResponse<String> current = BenchHttp.send(http, "GET", scoresUrl, officer, null);
        Long version = current.statusCode() == 200 ? version(current.body()) : null;
        Stats stats = new Stats();
        Random random = new Random(7);
        for (int i = 0; i < writes + 5; i++) {
            StringBuilder body = new StringBuilder("{\"indicators\":{");
            for (int k = 1; k <= 10; k++) {
                body.append(k == 1 ? "" : ",")
                        .append('"')
                        .append(k)
                        .append("\":")
                        .append(String.format(Locale.ROOT, "%.2f", 60 + random.nextInt(4000) / 100.0));
            }
            body.append("},\"version\":")
                    .append(version == null ? "null" : version)
                    .append('}');
            long t0 = System.nanoTime();
            HttpResponse<String> stored =
                    BenchHttp.expect(BenchHttp.send(http, "PUT", scoresUrl, officer, body.toString()), 200);
            String overall = match(OVERALL, stored.body());
            version = version(stored.body());
            long deadline = t0 + Duration.ofSeconds(10).toNanos();
            while (true) {
                HttpResponse<String> card = BenchHttp.send(http, "GET", scorecardUrl, officer, null);
                if (card.statusCode() == 200 && overall.equals(match(OVERALL, card.body()))) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("write " + i + " not visible after 10 s: " + card.body());
                }
                Thread.sleep(5);
            }
            if (i >= 5) { // the first writes warm up the path
                stats.record(System.nanoTime() - t0);
            }
        }
        return stats;
    }

    private static void row(String name, String mode, Stats api, Stats sql, String target) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.1f× | %s |%n",
                name,
                mode,
                api.percentileMs(50),
                api.percentileMs(95),
                sql.percentileMs(50),
                sql.percentileMs(95),
                api.percentileMs(95) / sql.percentileMs(95),
                target);
    }

    private static long timed(HttpClient http, String url, String token) {
        long t0 = System.nanoTime();
        BenchHttp.expect(BenchHttp.send(http, "GET", url, token, null), 200);
        return System.nanoTime() - t0;
    }

    private static List<String> column(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static void rows(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                }
            }
        }
    }

    private static long version(String json) {
        return Long.parseLong(match(VERSION, json));
    }

    private static String match(Pattern pattern, String json) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException(pattern + " not in " + json);
        }
        return m.group(1);
    }
}
