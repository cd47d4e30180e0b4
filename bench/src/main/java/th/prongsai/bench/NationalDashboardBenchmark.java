package th.prongsai.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The national dashboard page on the synthetic national dataset ({@code /national/dashboard/{fy}?dataset=synthetic}),
 * timed as a browser waits for it, beside the analytics calls it makes, replayed straight through the gateway with
 * the same token kind and the same width (12 at once) as the page: the difference is what the web adds (its own
 * round trips to the gateway, the template, the SVG). The page's {@code Server-Timing: api;dur=…} is printed too,
 * but the web counts only calls made on the request thread, and this page makes all of its calls on virtual threads
 * (so it reads about 0: that is why the calls are replayed here).
 *
 * <p>Options: --web URL (the pages; the gateway when it routes to this web), --gateway URL (the APIs),
 * --iterations N, --fy 2568, --pause-ms M between iterations (each iteration spends about 180 of the caller's rate
 * limit tokens: 100/s, burst 200 by default).
 */
public final class NationalDashboardBenchmark {

    private static final Pattern SERVER_TIMING = Pattern.compile("api;dur=([0-9.]+);desc=\"(\\d+) calls\"");
    private static final Pattern FISCAL_YEAR = Pattern.compile("\"fiscalYear\":(\\d{4})");
    private static final Pattern PROVINCE = Pattern.compile("\"code\":\"(\\d{2})\"");
    private static final List<String> TYPES =
            List.of("PAO", "CITY_MUNICIPALITY", "TOWN_MUNICIPALITY", "SUBDISTRICT_MUNICIPALITY", "SAO", "SPECIAL");
    private static final int WIDTH = 12;

    private NationalDashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        var options = BenchHttp.options(args);
        String gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
        String web = options.getOrDefault("web", gateway);
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "30"));
        int fy = Integer.parseInt(options.getOrDefault("fy", "2568"));
        long pause = Long.parseLong(options.getOrDefault("pause-ms", "2000"));

        HttpClient api =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchHttp.token(api, gateway, "admin", "demo");
        List<String> calls = calls(api, gateway, token, fy);
        HttpClient browser = BenchHttp.signedInBrowser(web, "admin");
        HttpRequest page = HttpRequest.newBuilder(URI.create(web + "/national/dashboard/" + fy + "?dataset=synthetic"))
                .timeout(Duration.ofSeconds(60))
                .build();

        for (int i = 0; i < Math.min(3, iterations); i++) { // warm-up: the analytics answers land in its Redis cache
            expect200(BenchHttp.send(browser, page));
            batch(api, token, calls);
            Thread.sleep(pause);
        }
        Stats pageTime = new Stats();
        Stats serverTiming = new Stats();
        Stats batchTime = new Stats();
        Stats singleCall = new Stats();
        int threadCalls = 0;
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = expect200(BenchHttp.send(browser, page));
            pageTime.record(System.nanoTime() - started);
            Matcher timing = SERVER_TIMING.matcher(
                    response.headers().firstValue("server-timing").orElse(""));
            if (timing.find()) {
                serverTiming.record((long) (Double.parseDouble(timing.group(1)) * 1_000_000));
                threadCalls = Integer.parseInt(timing.group(2));
            }
            if (!response.body().contains("ข้อมูลสังเคราะห์ (ไม่ใช่ผลจริง)")) {
                throw new IllegalStateException("the synthetic dashboard does not say it is synthetic");
            }
            long batchStarted = System.nanoTime();
            for (long single : batch(api, token, calls)) {
                singleCall.record(single);
            }
            batchTime.record(System.nanoTime() - batchStarted);
            Thread.sleep(pause);
        }
        System.out.printf(
                Locale.ROOT,
                "# National dashboard on the synthetic dataset, fiscal year %d (%s, APIs via %s, %d iterations after warm-up, one client)%n%n",
                fy,
                web,
                gateway,
                iterations);
        System.out.println("| What | p50 ms | p95 ms | calls |");
        System.out.println("|---|---|---|---|");
        System.out.printf(
                Locale.ROOT,
                "| the page `/national/dashboard/%d?dataset=synthetic` | %.1f | %.1f | %d |%n",
                fy,
                pageTime.percentileMs(50),
                pageTime.percentileMs(95),
                calls.size() + 2); // and the framework and province lists
        System.out.printf(
                Locale.ROOT,
                "| its analytics calls replayed through the gateway, %d at once | %.1f | %.1f | %d |%n",
                WIDTH,
                batchTime.percentileMs(50),
                batchTime.percentileMs(95),
                calls.size());
        System.out.printf(
                Locale.ROOT,
                "| one of those calls | %.1f | %.1f | 1 |%n",
                singleCall.percentileMs(50),
                singleCall.percentileMs(95));
        System.out.printf(
                Locale.ROOT,
                "| the page's own Server-Timing `api;dur` (wall time of its API calls) | %.1f | %.1f | %d |%n",
                serverTiming.percentileMs(50),
                serverTiming.percentileMs(95),
                threadCalls);
        System.out.printf(
                Locale.ROOT,
                "%nTarget: page p95 ≤ 300 ms → %s%n",
                pageTime.percentileMs(95) <= 300 ? "met" : "NOT met");
    }

    /** The analytics calls the page makes: a benchmark per year up to fy, per LAO type, per province, and data quality. */
    private static List<String> calls(HttpClient api, String gateway, String token, int fy) {
        String frameworks = BenchHttp.expect(BenchHttp.send(api, "GET", gateway + "/api/frameworks", token, null), 200)
                .body();
        String provinces = BenchHttp.expect(BenchHttp.send(api, "GET", gateway + "/api/provinces", token, null), 200)
                .body();
        String bench = gateway + "/api/analytics/benchmarks?dataset=synthetic&fy=";
        List<String> calls = new ArrayList<>();
        Matcher year = FISCAL_YEAR.matcher(frameworks);
        while (year.find()) {
            int y = Integer.parseInt(year.group(1));
            if (y <= fy) {
                calls.add(bench + y + "&scope=national");
            }
        }
        TYPES.forEach(t -> calls.add(bench + fy + "&scope=" + enc("type:" + t)));
        Matcher province = PROVINCE.matcher(provinces);
        while (province.find()) {
            calls.add(bench + fy + "&scope=" + enc("province:" + province.group(1)));
        }
        calls.add(gateway + "/api/analytics/data-quality?dataset=synthetic&fy=" + fy);
        return calls;
    }

    /** The calls side by side, at most {@link #WIDTH} at once; each call's own time. */
    private static List<Long> batch(HttpClient api, String token, List<String> calls) throws Exception {
        Semaphore width = new Semaphore(WIDTH);
        List<Future<Long>> futures = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : calls) {
                futures.add(executor.submit(() -> {
                    width.acquire();
                    try {
                        long started = System.nanoTime();
                        BenchHttp.expect(BenchHttp.send(api, "GET", url, token, null), 200);
                        return System.nanoTime() - started;
                    } finally {
                        width.release();
                    }
                }));
            }
            List<Long> times = new ArrayList<>();
            for (Future<Long> f : futures) {
                times.add(f.get());
            }
            return times;
        }
    }

    private static HttpResponse<String> expect200(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
