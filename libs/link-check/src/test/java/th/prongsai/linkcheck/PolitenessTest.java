package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One request at a time per host with the delay between them, measured on the server's clock. The two "hosts" are
 * one server under two names (127.0.0.1 and localhost): the checker's unit of politeness is the host name.
 */
class PolitenessTest {

    private static final Duration DELAY = Duration.ofMillis(200);
    private static final long MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(15);

    private TestSite site;
    private LinkChecker checker;
    private ExecutorService workers;
    private final Expectations fy2567 = new Expectations(null, 2567);

    @BeforeEach
    void start() throws IOException {
        site = new TestSite().route("/page", ex -> {
            LinkCheckerTest.sleep(50);
            TestSite.send(ex, 200, "text/html", "<p>2567</p>".getBytes());
        });
        checker = new LinkChecker(
                LinkCheckSettings.defaults().withPerHostDelay(DELAY).withAllowLoopback(true));
        workers = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void stop() {
        workers.shutdownNow();
        checker.close();
        site.close();
    }

    @Test
    void requestsToOneHostFromManyThreadsAreSerialisedWithTheDelayBetweenThem() throws Exception {
        int n = 6;
        List<Future<LinkCheck>> checks = new ArrayList<>();
        for (int i = 0; i < n; i++) checks.add(workers.submit(() -> checker.check(site.url("/page"), fy2567)));
        for (Future<LinkCheck> f : checks)
            assertThat(f.get(30, TimeUnit.SECONDS).live()).isTrue();

        List<TestSite.Hit> hits = sortedByStart(site.awaitHits(n));
        assertThat(hits).hasSize(n);
        for (int i = 1; i < n; i++) {
            long gap = hits.get(i).startNanos() - hits.get(i - 1).endNanos();
            assertThat(gap).as("gap before request %d", i).isGreaterThanOrEqualTo(DELAY.toNanos() - MARGIN_NANOS);
        }
    }

    @Test
    void twoHostsAreCheckedInParallel() throws Exception {
        int perHost = 4;
        List<Future<LinkCheck>> checks = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < perHost; i++) {
            checks.add(workers.submit(() -> checker.check(site.url("/page"), fy2567)));
            checks.add(workers.submit(() -> checker.check(site.localhostUrl("/page"), fy2567)));
        }
        for (Future<LinkCheck> f : checks)
            assertThat(f.get(30, TimeUnit.SECONDS).live()).isTrue();
        long wall = System.nanoTime() - start;
        site.awaitHits(2 * perHost);

        List<TestSite.Hit> byIp = sortedByStart(
                site.hits.stream().filter(h -> h.host().startsWith("127.0.0.1")).toList());
        List<TestSite.Hit> byName = sortedByStart(
                site.hits.stream().filter(h -> h.host().startsWith("localhost")).toList());
        assertThat(byIp).hasSize(perHost);
        assertThat(byName).hasSize(perHost);
        // each host on its own is still serialised with the delay
        for (List<TestSite.Hit> host : List.of(byIp, byName)) {
            for (int i = 1; i < perHost; i++) {
                assertThat(host.get(i).startNanos() - host.get(i - 1).endNanos())
                        .isGreaterThanOrEqualTo(DELAY.toNanos() - MARGIN_NANOS);
            }
        }
        // ... but the two overlap: some request to one was served while one to the other was
        boolean overlap = byIp.stream()
                .anyMatch(a ->
                        byName.stream().anyMatch(b -> a.startNanos() < b.endNanos() && b.startNanos() < a.endNanos()));
        assertThat(overlap).isTrue();
        // serialised, 8 requests would take at least 7 delays; in parallel about 3
        assertThat(wall).isLessThan(7 * DELAY.toNanos());
    }

    private static List<TestSite.Hit> sortedByStart(List<TestSite.Hit> hits) {
        return hits.stream()
                .sorted(Comparator.comparingLong(TestSite.Hit::startNanos))
                .toList();
    }
}
