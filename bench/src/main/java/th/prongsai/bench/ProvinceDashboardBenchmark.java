package th.prongsai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The province dashboard of the synthetic dataset's largest province, timed as a browser waits for it (through the
 * gateway, or straight at a web instance with --web), beside the API time the page reports in {@code Server-Timing}:
 * {@code api;dur}, the wall time of the API calls it makes (side by side: their batches' wall time) and their count
 * side by side (rankings, summary, two benchmarks, the framework, one scorecard per row shown). Then the same
 * analytics answers fetched one by one through the gateway, to show what each costs.
 *
 * <p>Options: --gateway URL (APIs), --web URL (pages; default the gateway), --iterations N, --fy 2568, --user admin,
 * --pause ms between pages (keeps a page's ~35 calls under the gateway's per-caller rate limit on a shared platform).
 */
public final class ProvinceDashboardBenchmark {

    private static final Pattern API = Pattern.compile("api;dur=([0-9.]+);desc=\"(\\d+) calls\"");
    private static final Pattern CODE = Pattern.compile("\"code\":\"(\\d{2})\"");
    private static final Pattern N = Pattern.compile("\"n\":(\\d+)");
    private static final Pattern AGENCY = Pattern.compile("\"agencyCode\":\"([^\"]+)\"");

    private ProvinceDashboardBenchmark() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = BenchHttp.options(args);
        String gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
        String web = options.getOrDefault("web", gateway);
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "100"));
        int fy = Integer.parseInt(options.getOrDefault("fy", "2568"));
        String user = options.getOrDefault("user", "admin");
        long pause = Long.parseLong(options.getOrDefault("pause", "0"));

        HttpClient api =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchHttp.token(api, gateway, user, "demo");
        // the largest province of the synthetic dataset, by the number of agencies ranked in that year
        String largest = null;
        int most = -1;
        Matcher code =
                CODE.matcher(BenchHttp.expect(BenchHttp.send(api, "GET", gateway + "/api/provinces", token, null), 200)
                        .body());
        while (code.find()) {
            String body = BenchHttp.expect(
                            BenchHttp.send(
                                    api,
                                    "GET",
                                    gateway + "/api/analytics/rankings?fy=" + fy + "&province=" + code.group(1)
                                            + "&dataset=synthetic",
                                    token,
                                    null),
                            200)
                    .body();
            Matcher n = N.matcher(body);
            int count = n.find() ? Integer.parseInt(n.group(1)) : 0;
            if (count > most) {
                most = count;
                largest = code.group(1);
            }
            Thread.sleep(Math.max(10, pause / 20));
        }
        if (largest == null || most <= 0) {
            throw new IllegalStateException(
                    "no synthetic dataset for " + fy + " (POST /api/analytics/synthetic?seed=42 as admin)");
        }

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard, best first", "/province/" + largest + "/" + fy + "?dataset=synthetic");
        pages.put(
                "dashboard, by name, page 2",
                "/province/" + largest + "/" + fy + "?dataset=synthetic&sort=name&dir=asc&page=2");
        pages.put("dashboard, below 85", "/province/" + largest + "/" + fy + "?dataset=synthetic&below=true");
        HttpClient browser = BenchHttp.signedInBrowser(web, user);

        System.out.printf(
                Locale.ROOT,
                "# Province dashboard, synthetic dataset, province %s (%d agencies), fiscal year %d%n%n",
                largest,
                most,
                fy);
        System.out.printf(
                Locale.ROOT,
                "Pages at %s, APIs at %s, as %s: %d iterations after %d of warm-up, one client, %d ms between pages.%n%n",
                web,
                gateway,
                user,
                iterations,
                Math.min(20, iterations),
                pause);
        System.out.println("| Page | p50 ms | p95 ms | API calls | API wall time p50 ms | p95 ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        for (var page : pages.entrySet()) {
            row(browser, web, page.getKey(), page.getValue(), iterations, pause);
        }

        // the analytics calls of the first page, one at a time through the gateway (cached by now, as the page sees
        // them)
        String ranking = BenchHttp.expect(
                        BenchHttp.send(
                                api,
                                "GET",
                                gateway + "/api/analytics/rankings?fy=" + fy + "&province=" + largest
                                        + "&dataset=synthetic",
                                token,
                                null),
                        200)
                .body();
        List<String> agencies = new ArrayList<>();
        Matcher agency = AGENCY.matcher(ranking);
        while (agency.find() && agencies.size() < 25) {
            agencies.add(agency.group(1));
        }
        Map<String, List<String>> calls = new LinkedHashMap<>();
        calls.put(
                "rankings",
                List.of("/api/analytics/rankings?fy=" + fy + "&province=" + largest + "&dataset=synthetic"));
        calls.put(
                "province summary",
                List.of("/api/analytics/provinces/" + largest + "/summary?fy=" + fy + "&dataset=synthetic"));
        calls.put(
                "benchmark, province",
                List.of("/api/analytics/benchmarks?fy=" + fy + "&scope=province:" + largest + "&dataset=synthetic"));
        calls.put(
                "benchmark, national",
                List.of("/api/analytics/benchmarks?fy=" + fy + "&scope=national&dataset=synthetic"));
        calls.put("framework", List.of("/api/frameworks/" + fy));
        calls.put(
                "scorecard (25 rows of page 1)",
                agencies.stream()
                        .map(a -> "/api/analytics/scorecards/" + a + "/" + fy + "?dataset=synthetic")
                        .toList());
        System.out.println();
        System.out.println("| API call (through the gateway, one at a time) | p50 ms | p95 ms | samples |");
        System.out.println("|---|---:|---:|---:|");
        int rounds = Math.max(5, iterations / 5);
        for (var call : calls.entrySet()) {
            Stats stats = new Stats();
            for (int i = 0; i < rounds; i++) {
                for (String path : call.getValue()) {
                    long started = System.nanoTime();
                    BenchHttp.expect(BenchHttp.send(api, "GET", gateway + path, token, null), 200);
                    stats.record(System.nanoTime() - started);
                }
                Thread.sleep(pause);
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %d |%n",
                    call.getKey(),
                    stats.percentileMs(50),
                    stats.percentileMs(95),
                    stats.count());
        }
    }

    private static void row(HttpClient client, String web, String name, String path, int iterations, long pause)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(web + path))
                .timeout(Duration.ofSeconds(60))
                .build();
        for (int i = 0; i < Math.min(20, iterations); i++) {
            page(client, request);
            Thread.sleep(pause);
        }
        Stats total = new Stats();
        Stats api = new Stats();
        int calls = 0;
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = page(client, request);
            total.record(System.nanoTime() - started);
            Matcher a =
                    API.matcher(response.headers().firstValue("server-timing").orElse(""));
            if (a.find()) {
                api.record((long) (Double.parseDouble(a.group(1)) * 1_000_000));
                calls = Integer.parseInt(a.group(2));
            }
            Thread.sleep(pause);
        }
        System.out.printf(
                Locale.ROOT,
                "| %s `%s` | %.1f | %.1f | %d | %.1f | %.1f |%n",
                name,
                path,
                total.percentileMs(50),
                total.percentileMs(95),
                calls,
                api.percentileMs(50),
                api.percentileMs(95));
    }

    private static HttpResponse<String> page(HttpClient client, HttpRequest request) {
        HttpResponse<String> response = BenchHttp.send(client, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response;
    }
}
