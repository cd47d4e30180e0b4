package th.prongsai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The main pages of the demo data through the gateway, each timed as a browser would wait for it, beside the time
 * the page itself spent waiting for the platform APIs it called (the web's {@code Server-Timing: api;dur=…}): the
 * ratio is what the pages add on top of the APIs. Also the bytes of a first visit (HTML, CSS and JS, as sent
 * gzip-compressed and as decoded; fonts counted apart).
 *
 * <p>Options: --gateway URL, --iterations N, --code tha-phae, --fy 2568.
 */
public final class WebBenchmark {

    private static final Pattern SERVER_TIMING = Pattern.compile("api;dur=([0-9.]+);desc=\"(\\d+) calls\"");
    private static final Pattern ASSET =
            Pattern.compile("<(?:link[^>]+rel=\"(?:stylesheet|preload)\"[^>]*href|script[^>]+src)=\"([^\"]+)\"");
    private static final Pattern MEASURE_ID = Pattern.compile("\"id\":(\\d+)");

    private WebBenchmark() {}

    public static void main(String[] args) {
        Map<String, String> options = BenchHttp.options(args);
        String gateway = options.getOrDefault("gateway", "http://127.0.0.1:8080");
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "200"));
        String code = options.getOrDefault("code", "tha-phae");
        int fy = Integer.parseInt(options.getOrDefault("fy", "2568"));
        int previous = fy - 1;

        HttpClient api =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String token = BenchHttp.token(api, gateway, code + ".officer", "demo");
        String measures = BenchHttp.expect(
                        BenchHttp.send(
                                api,
                                "GET",
                                gateway + "/t/" + code + "/api/fiscal-years/" + previous + "/measures",
                                token,
                                null),
                        200)
                .body();
        Matcher id = MEASURE_ID.matcher(measures);
        if (!id.find()) {
            throw new IllegalStateException(
                    code + " has no measures in " + previous + ": load the demo data (./platform up)");
        }
        String measure = id.group(1);

        Map<String, String> officerPages = new LinkedHashMap<>();
        officerPages.put("year home", "/m/" + code + "/" + fy);
        officerPages.put("measures (" + previous + ")", "/m/" + code + "/" + previous + "/measures");
        officerPages.put("one measure", "/m/" + code + "/" + previous + "/measures/" + measure);
        officerPages.put("edit a measure", "/m/" + code + "/" + previous + "/measures/" + measure + "/edit");
        officerPages.put("scores", "/m/" + code + "/" + previous + "/scores");
        officerPages.put("report", "/m/" + code + "/" + previous + "/report");
        Map<String, String> approverPages = Map.of("approver's inbox", "/m/" + code + "/approvals");
        Map<String, String> publicPages = Map.of("public page", "/public/" + code);

        HttpClient officer = BenchHttp.signedInBrowser(gateway, code + ".officer");
        HttpClient approver = BenchHttp.signedInBrowser(gateway, code + ".head");
        HttpClient anonymous = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        System.out.printf(
                Locale.ROOT,
                "# Pages through the gateway (%s, %d iterations after %d warm-up, one client)%n%n",
                gateway,
                iterations,
                Math.min(50, iterations));
        System.out.println("| Page | p50 ms | p95 ms | API calls | API time p50 ms | page ÷ API (p50) |");
        System.out.println("|---|---|---|---|---|---|");
        for (var page : officerPages.entrySet()) {
            row(officer, gateway, page.getKey(), page.getValue(), iterations);
        }
        for (var page : approverPages.entrySet()) {
            row(approver, gateway, page.getKey(), page.getValue(), iterations);
        }
        for (var page : publicPages.entrySet()) {
            row(anonymous, gateway, page.getKey(), page.getValue(), iterations);
        }
        firstVisit(gateway);
    }

    private static void row(HttpClient client, String gateway, String name, String path, int iterations) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        for (int i = 0; i < Math.min(50, iterations); i++) {
            page(client, request);
        }
        Stats total = new Stats();
        Stats apiTime = new Stats();
        int calls = 0;
        for (int i = 0; i < iterations; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = page(client, request);
            total.record(System.nanoTime() - started);
            Matcher timing = SERVER_TIMING.matcher(
                    response.headers().firstValue("server-timing").orElse(""));
            if (timing.find()) {
                apiTime.record((long) (Double.parseDouble(timing.group(1)) * 1_000_000));
                calls = Integer.parseInt(timing.group(2));
            }
        }
        double api50 = apiTime.count() == 0 ? Double.NaN : apiTime.percentileMs(50);
        System.out.printf(
                Locale.ROOT,
                "| %s `%s` | %.1f | %.1f | %d | %.1f | %.2f× |%n",
                name,
                path,
                total.percentileMs(50),
                total.percentileMs(95),
                calls,
                api50,
                total.percentileMs(50) / api50);
    }

    private static HttpResponse<String> page(HttpClient client, HttpRequest request) {
        HttpResponse<String> response = BenchHttp.send(client, request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return response;
    }

    /** What a first visit downloads: the sign-in page and every stylesheet, script and font it names. */
    private static void firstVisit(String gateway) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        Set<String> assets = new LinkedHashSet<>();
        long[] page = fetch(client, gateway + "/signin");
        String html = BenchHttp.send(
                        client,
                        HttpRequest.newBuilder(URI.create(gateway + "/signin")).build())
                .body();
        Matcher asset = ASSET.matcher(html);
        while (asset.find()) {
            assets.add(asset.group(1));
        }
        long sent = page[0];
        long decoded = page[1];
        long fonts = 0;
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "| `/signin` (HTML) | %,d | %,d |", page[0], page[1]));
        for (String path : assets) {
            long[] size = fetch(client, gateway + path);
            lines.add(String.format(Locale.ROOT, "| `%s` | %,d | %,d |", path, size[0], size[1]));
            if (path.contains("/fonts/")) {
                fonts += size[0];
            } else {
                sent += size[0];
                decoded += size[1];
            }
        }
        System.out.printf(
                Locale.ROOT, "%n# A first visit%n%n| File | bytes sent (gzip) | bytes decoded |%n|---|---|---|%n");
        lines.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "| **HTML, CSS and JS** | **%,d** | **%,d** |%n| fonts (apart) | %,d | |%n",
                sent,
                decoded,
                fonts);
    }

    /** Bytes as sent with gzip asked for, and as decoded (asked without it). */
    private static long[] fetch(HttpClient client, String url) {
        HttpResponse<byte[]> gzip = bytes(
                client,
                HttpRequest.newBuilder(URI.create(url))
                        .header("accept-encoding", "gzip")
                        .build());
        HttpResponse<byte[]> plain =
                bytes(client, HttpRequest.newBuilder(URI.create(url)).build());
        return new long[] {gzip.body().length, plain.body().length};
    }

    private static HttpResponse<byte[]> bytes(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
            }
            return response;
        } catch (Exception e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        }
    }
}
