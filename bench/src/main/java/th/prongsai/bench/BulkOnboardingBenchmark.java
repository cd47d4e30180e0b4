package th.prongsai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bulk onboarding end to end through the gateway: a registry CSV of N rows uploaded (preview, then the job),
 * polled until the job is DONE; wall time and tenants per second. Beside it, in the same run, the single-tenant
 * API's rate measured as {@link OnboardingBenchmark} does (POST /api/tenants one after the other).
 * Codes start with {@code bulk-}, so a shared platform's demo municipalities are never touched.
 *
 * <p>Options: --gateway URL, --rows N, --single N (the single-tenant series, default min(N, 200)),
 * --admin USER, --admin-password PW.
 */
public final class BulkOnboardingBenchmark {

    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final List<String> PROVINCES = List.of("10", "23", "34", "50", "57", "65", "83", "90", "92", "96");

    private BulkOnboardingBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        String gateway = o.getOrDefault("gateway", "http://127.0.0.1:8080");
        int rows = Integer.parseInt(o.getOrDefault("rows", "1000"));
        int single = Integer.parseInt(o.getOrDefault("single", String.valueOf(Math.min(rows, 200))));
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchHttp.token(
                http, gateway, o.getOrDefault("admin", "admin"), o.getOrDefault("admin-password", "demo"));

        byte[] csv = registry("bulk-" + run + "-", rows);
        long t0 = System.nanoTime();
        HttpResponse<String> preview =
                BenchHttp.expect(post(http, gateway + "/api/onboarding-jobs/preview", token, csv), 200);
        long previewNanos = System.nanoTime() - t0;
        if (!preview.body().contains("\"errors\":[]")) {
            throw new IllegalStateException("the generated file has errors: " + preview.body());
        }
        HttpResponse<String> created = BenchHttp.expect(post(http, gateway + "/api/onboarding-jobs", token, csv), 201);
        Matcher id = ID.matcher(created.body());
        if (!id.find()) {
            throw new IllegalStateException("no job id in " + created.body());
        }
        String job = gateway + "/api/onboarding-jobs/" + id.group(1);
        String status;
        String body;
        do {
            Thread.sleep(250);
            body = BenchHttp.expect(BenchHttp.send(http, "GET", job, token, null), 200)
                    .body();
            Matcher m = STATUS.matcher(body);
            status = m.find() ? m.group(1) : "?";
        } while (status.equals("QUEUED") || status.equals("RUNNING"));
        double bulkSeconds = (System.nanoTime() - t0) / 1e9;
        if (!status.equals("DONE")) {
            throw new IllegalStateException("job ended " + status + ": " + body);
        }

        Stats api = single(http, gateway, token, "bulk-" + run + "-s", single);

        System.out.println();
        System.out.println("| Series | Tenants | Total s | Tenants/s | ms per tenant (wall) |");
        System.out.println("|---|---:|---:|---:|---:|");
        System.out.printf(
                Locale.ROOT,
                "| Bulk job (upload, preview %.1f s, job to DONE) | %d | %.1f | %.1f | %.1f |%n",
                previewNanos / 1e9,
                rows,
                bulkSeconds,
                rows / bulkSeconds,
                bulkSeconds * 1000 / rows);
        System.out.printf(
                Locale.ROOT,
                "| Single-tenant API, one after the other (p50 %.1f ms, p95 %.1f ms) | %d | %.1f | %.1f | %.1f |%n",
                api.percentileMs(50),
                api.percentileMs(95),
                api.count(),
                api.totalSeconds(),
                api.count() / api.totalSeconds(),
                api.msPerItem());
        System.out.printf(
                Locale.ROOT,
                "%n7,850 local governments at the bulk job's rate: %.1f min (target < 5 min); "
                        + "at the single API's: %.1f min%n",
                bulkSeconds / rows * 7_850 / 60,
                api.msPerItem() * 7_850 / 60_000);
    }

    static byte[] registry(String prefix, int rows) {
        StringBuilder csv = new StringBuilder("code,nameTh,nameEn,type,province,district,dlaCode,website\n");
        for (int i = 1; i <= rows; i++) {
            String province = PROVINCES.get(i % PROVINCES.size());
            csv.append(prefix)
                    .append(i)
                    .append(",องค์การบริหารส่วนตำบลทดสอบที่ ")
                    .append(i)
                    .append(",Benchmark SAO ")
                    .append(i)
                    .append(",SAO,")
                    .append(province)
                    .append(",อำเภอเมือง,")
                    .append(province)
                    .append("%05d".formatted(i % 100_000))
                    .append(",\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> post(HttpClient http, String url, String token, byte[] csv) {
        return BenchHttp.send(
                http,
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(120))
                        .header("authorization", "Bearer " + token)
                        .header("content-type", "text/csv; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(csv))
                        .build());
    }

    /** OnboardingBenchmark's method: POST /api/tenants for each tenant, one after the other. */
    private static Stats single(HttpClient http, String gateway, String token, String prefix, int count) {
        Stats stats = new Stats();
        stats.start();
        for (int i = 0; i < count; i++) {
            String body = "{\"code\":\"" + prefix + i + "\",\"nameTh\":\"เทศบาลทดสอบ " + i
                    + "\",\"nameEn\":\"Benchmark " + i + "\",\"type\":\"SAO\",\"province\":\"23\"}";
            long t0 = System.nanoTime();
            BenchHttp.expect(BenchHttp.send(http, "POST", gateway + "/api/tenants", token, body), 201);
            stats.record(System.nanoTime() - t0);
        }
        stats.end();
        return stats;
    }
}
