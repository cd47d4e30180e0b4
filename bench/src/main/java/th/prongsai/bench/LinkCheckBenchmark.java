package th.prongsai.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import th.prongsai.linkcheck.Expectations;
import th.prongsai.linkcheck.LinkCheck;
import th.prongsai.linkcheck.LinkCheckSettings;
import th.prongsai.linkcheck.LinkChecker;
import th.prongsai.linkcheck.Verdict;

/**
 * The OIT link checker at scale on loopback (issue 16, part 8): H hosts (127.0.0.1 … 127.0.0.H, all loopback on
 * Linux; one JDK HTTP server bound to each address), URLs spread evenly over them, W worker threads sharing one
 * {@link LinkChecker} with the politeness rules on. Two runs: the production delay (1 s between two requests to a
 * host), scaled down to P URLs per host so the run stays short, and a short delay that shows the engine's own rate.
 * Prints URLs/s, the peak heap after GC (the heap pools' collection usage, sampled), the smallest gap the servers saw
 * between two requests to one host, and the derived time of a national check.
 */
public final class LinkCheckBenchmark {

    private static final int NATIONAL_HOSTS = 7_850;
    private static final int NATIONAL_URLS_PER_HOST = 40;

    public static void main(String[] args) throws Exception {
        Map<String, String> o = BenchHttp.options(args);
        int hosts = Integer.parseInt(o.getOrDefault("hosts", "100"));
        int urls = Integer.parseInt(o.getOrDefault("urls", "10000"));
        int workers = Integer.parseInt(o.getOrDefault("workers", "100"));
        // the engine's rate is best with few threads on 2 cores; the 1 s delay needs a worker per host to fill
        int engineWorkers = Integer.parseInt(o.getOrDefault("engine-workers", "8"));
        int prodPerHost = Integer.parseInt(o.getOrDefault("prod-per-host", "20"));
        long prodDelay = Long.parseLong(o.getOrDefault("prod-delay-ms", "1000"));
        long shortDelay = Long.parseLong(o.getOrDefault("short-delay-ms", "10"));

        // the JDK server sends headers and body in two writes; with Nagle on, each answer waited ~40 ms for the
        // client's delayed ACK — a test-server artefact real web servers (TCP_NODELAY) do not have
        System.setProperty("sun.net.httpserver.nodelay", "true");
        List<Site> sites = new ArrayList<>();
        try {
            for (int h = 1; h <= hosts; h++) sites.add(new Site("127.0.0." + h));
            System.out.printf(
                    "# OIT link checker on loopback: %d hosts, Java %s, %d cores%n%n",
                    hosts, Runtime.version(), Runtime.getRuntime().availableProcessors());
            System.out.println("| Run | Workers | Delay per host | URLs | Seconds | URLs/s | Live | Other verdicts | "
                    + "Smallest gap seen by a server | Peak heap after GC |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---|---:|---:|");
            run("warm-up", sites, Math.min(urls, 1000), engineWorkers, 0, false);
            Result shortRun = run("engine (short delay)", sites, urls, engineWorkers, shortDelay, true);
            Result prodRun = run(
                    "production delay, " + prodPerHost + " URLs per host",
                    sites,
                    prodPerHost * hosts,
                    workers,
                    prodDelay,
                    true);

            // national: 7,850 hosts × 40 URLs, every host served one request at a time with the production delay.
            // With thousands of hosts interleaved in the queue a worker rarely waits for a host's turn, so the
            // bounds are one host's own 40 URLs (measured above, all hosts in parallel) and the engine's rate.
            long nationalUrls = (long) NATIONAL_HOSTS * NATIONAL_URLS_PER_HOST;
            double hostSeconds = prodRun.seconds() * NATIONAL_URLS_PER_HOST / prodPerHost;
            double engineSeconds = nationalUrls / shortRun.urlsPerSecond();
            System.out.printf(
                    "%nProduction delay: %d URLs per host took %.1f s (%d ms between two requests to a host), so one"
                            + " municipality's %d URLs take %.1f s.%n",
                    prodPerHost, prodRun.seconds(), prodDelay, NATIONAL_URLS_PER_HOST, hostSeconds);
            System.out.printf(
                    "National check, %,d hosts × %d URLs = %,d URLs, even spread over hosts:%n",
                    NATIONAL_HOSTS, NATIONAL_URLS_PER_HOST, nationalUrls);
            System.out.printf(
                    "- answers as fast as loopback: %.1f min (the engine's %,.0f URLs/s with %d workers bounds it; one"
                            + " host's 40 URLs %.1f min)%n",
                    Math.max(hostSeconds, engineSeconds) / 60,
                    shortRun.urlsPerSecond(),
                    engineWorkers,
                    hostSeconds / 60);
            for (double latency : new double[] {0.5, 2.0}) {
                // real municipal servers answer far slower than loopback: then the workers bound the rate
                for (int w : new int[] {workers, 500}) {
                    double byWorkers = nationalUrls * latency / w;
                    System.out.printf(
                            "- assumed %.1f s per answer, %d workers: %.1f min%n",
                            latency, w, Math.max(Math.max(byWorkers, engineSeconds), hostSeconds) / 60);
                }
            }
        } finally {
            for (Site s : sites) s.close();
        }
    }

    private record Result(int urls, double seconds) {
        double urlsPerSecond() {
            return urls / seconds;
        }
    }

    private static Result run(String name, List<Site> sites, int urls, int workers, long delayMs, boolean print)
            throws Exception {
        for (Site s : sites) s.reset();
        LinkCheckSettings settings = LinkCheckSettings.defaults()
                .withPerHostDelay(Duration.ofMillis(delayMs))
                .withAllowLoopback(true);
        Expectations fy2567 = new Expectations("http://127.0.0.1/", 2567);
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>();
        for (int i = 0; i < urls; i++) {
            Site s = sites.get(i % sites.size()); // round-robin: hosts interleaved, as a queue of many municipalities
            queue.add(s.url(i / sites.size()));
        }
        Map<Verdict, AtomicLong> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) verdicts.put(v, new AtomicLong());
        HeapSampler heap = new HeapSampler();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        try (LinkChecker checker = new LinkChecker(settings)) {
            heap.start();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                done.add(pool.submit(() -> {
                    String url;
                    while ((url = queue.poll()) != null) {
                        LinkCheck c = checker.check(url, fy2567);
                        verdicts.get(c.verdict()).incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stop();
        if (print) {
            StringBuilder other = new StringBuilder();
            verdicts.forEach((v, n) -> {
                if (v != Verdict.LIVE && n.get() > 0)
                    other.append(v).append(' ').append(n.get()).append(' ');
            });
            long minGap = sites.stream().mapToLong(Site::minGapMillis).min().orElse(-1);
            System.out.printf(
                    "| %s | %d | %d ms | %,d | %.1f | %,.0f | %,d | %s| %d ms | %d MB |%n",
                    name,
                    workers,
                    delayMs,
                    urls,
                    seconds,
                    urls / seconds,
                    verdicts.get(Verdict.LIVE).get(),
                    other,
                    minGap,
                    peak / (1024 * 1024));
        }
        return new Result(urls, seconds);
    }

    /** The largest heap in use right after a collection (collection usage of the heap pools), sampled. */
    private static final class HeapSampler {
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicLong peak = new AtomicLong();
        private Thread thread;

        void start() {
            System.gc();
            running.set(true);
            thread = Thread.ofPlatform().daemon().start(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(afterGc(), Math::max);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }

        long stop() throws InterruptedException {
            running.set(false);
            thread.join();
            return Math.max(peak.get(), afterGc());
        }

        private static long afterGc() {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null)
                    used += pool.getCollectionUsage().getUsed();
            }
            return used;
        }
    }

    /**
     * One municipality's website: a JDK HTTP server on its own loopback address. 90 % of the URLs are a 16 KB page
     * naming the year in Thai digits, 5 % a 404, 5 % a redirect to a page. Records the gap between its requests.
     */
    private static final class Site implements AutoCloseable {
        private static final byte[] PAGE = page();
        private final HttpServer server;
        private final String base;
        private final AtomicLongArray lastAndMinGap = new AtomicLongArray(2);

        Site(String address) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(2));
            server.createContext("/", this::handle);
            server.start();
            base = "http://" + address + ":" + server.getAddress().getPort();
        }

        String url(int i) {
            if (i % 20 == 7) return base + "/missing/" + i;
            if (i % 20 == 13) return base + "/moved/" + i;
            return base + "/oit/" + i;
        }

        void reset() {
            lastAndMinGap.set(0, 0);
            lastAndMinGap.set(1, Long.MAX_VALUE);
        }

        long minGapMillis() {
            long gap = lastAndMinGap.get(1);
            return gap == Long.MAX_VALUE ? -1 : TimeUnit.NANOSECONDS.toMillis(gap);
        }

        private void handle(HttpExchange ex) throws IOException {
            long now = System.nanoTime();
            long last = lastAndMinGap.getAndSet(0, now);
            if (last != 0) lastAndMinGap.accumulateAndGet(1, now - last, Math::min);
            String path = ex.getRequestURI().getPath();
            try (ex) {
                if (path.startsWith("/missing/")) {
                    ex.sendResponseHeaders(404, -1);
                } else if (path.startsWith("/moved/")) {
                    ex.getResponseHeaders().set("Location", "/oit/" + path.substring("/moved/".length()));
                    ex.sendResponseHeaders(301, -1);
                } else {
                    ex.getResponseHeaders().set("Content-Type", "text/html; charset=UTF-8");
                    ex.sendResponseHeaders(200, PAGE.length);
                    try (OutputStream out = ex.getResponseBody()) {
                        out.write(PAGE);
                    }
                }
            }
        }

        private static byte[] page() {
            StringBuilder html = new StringBuilder("<!doctype html><html lang=\"th\"><body><h1>แผนดำเนินงานประจำปี ");
            html.append("พ.ศ. ๒๕๖๗</h1>");
            while (html.length() < 16 * 1024 / 3) html.append("<p>ข้อมูลสาธารณะของเทศบาลตามเกณฑ์ OIT</p>");
            return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }
}
