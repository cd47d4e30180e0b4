package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The checker against a real HTTP server on loopback (allowLoopback = true, as only tests and the benchmark may). */
class LinkCheckerTest {

    private static final long MAX_BYTES = 1024 * 1024;
    private static final long FIFTY_MB = 50L * 1024 * 1024;

    private final LinkCheckSettings settings = new LinkCheckSettings(
            "Prongsai-OIT-LinkCheck/1.0 (+https://prongsai.th/bot)",
            Duration.ofMillis(500),
            Duration.ofMillis(500),
            3,
            MAX_BYTES,
            Duration.ZERO,
            true);

    private TestSite site;
    private TestSite other;
    private LinkChecker checker;
    private Expectations fy2567;

    @BeforeEach
    void start() throws IOException {
        site = new TestSite();
        other = new TestSite();
        checker = new LinkChecker(settings);
        fy2567 = new Expectations("http://127.0.0.1:" + site.port() + "/", 2567);
    }

    @AfterEach
    void stop() {
        checker.close();
        site.close();
        other.close();
    }

    @Test
    void aLivePageNamingTheYearInThaiDigitsIsLiveOnTheMainWebsiteAndNamesTheYear() {
        site.html("/plan", "<html><body><h1>แผนดำเนินงานประจำปี พ.ศ. ๒๕๖๗</h1></body></html>");

        LinkCheck c = checker.check(site.url("/plan"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.live()).isTrue();
        assertThat(c.httpStatus()).isEqualTo(200);
        assertThat(c.finalUrl()).isEqualTo(site.url("/plan"));
        assertThat(c.contentType()).isEqualTo("text/html");
        assertThat(c.bytes()).isPositive();
        assertThat(c.truncated()).isFalse();
        assertThat(c.redirects()).isZero();
        assertThat(c.onMainWebsite()).isTrue();
        assertThat(c.namesFiscalYear()).isTrue();
        assertThat(c.checkedAt()).isNotNull();
    }

    @Test
    void theRequestIsAGetWithTheIdentifyingUserAgent() {
        site.html("/plan", "<p>2567</p>");

        checker.check(site.url("/plan"), fy2567);

        assertThat(site.awaitHits(1)).singleElement().satisfies(h -> {
            assertThat(h.method()).isEqualTo("GET");
            assertThat(h.userAgent()).isEqualTo(settings.userAgent());
        });
    }

    @Test
    void aPageOfTheWrongYearIsLiveButDoesNotNameTheYear() {
        site.html("/report", "<p>รายงานผลการดำเนินงานประจำปี 2566 (ฉบับที่ 125670)</p>");

        LinkCheck c = checker.check(site.url("/report"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.namesFiscalYear()).isFalse();
    }

    @Test
    void aTis620PageIsDecodedWithItsCharsetBeforeTheYearIsSought() {
        site.html("/old", "<p>ประกาศ ปีงบประมาณ ๒๕๖๗</p>", Charset.forName("TIS-620"));

        assertThat(checker.check(site.url("/old"), fy2567).namesFiscalYear()).isTrue();
    }

    @Test
    void aMissingPageIsAnHttpErrorWithItsStatusAndNamesNoYear() {
        site.route("/gone", ex -> TestSite.send(ex, 404, "text/html", "<p>ไม่พบ 2567</p>".getBytes()));

        LinkCheck c = checker.check(site.url("/gone"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.HTTP_ERROR);
        assertThat(c.httpStatus()).isEqualTo(404);
        assertThat(c.live()).isFalse();
        assertThat(c.namesFiscalYear()).isFalse();
    }

    @Test
    void aServerErrorAndARedirectWithoutLocationAreHttpErrors() {
        site.status("/broken", 500);
        site.route("/nowhere", ex -> {
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });

        assertThat(checker.check(site.url("/broken"), fy2567).httpStatus()).isEqualTo(500);
        assertThat(checker.check(site.url("/broken"), fy2567).verdict()).isEqualTo(Verdict.HTTP_ERROR);
        assertThat(checker.check(site.url("/nowhere"), fy2567).verdict()).isEqualTo(Verdict.HTTP_ERROR);
    }

    @Test
    void aRedirectLoopEndsAsTooManyRedirectsAfterTheLimit() {
        site.redirect("/a", "/b").redirect("/b", "/a");

        LinkCheck c = checker.check(site.url("/a"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.TOO_MANY_REDIRECTS);
        assertThat(c.redirects()).isEqualTo(settings.maxRedirects());
        assertThat(c.httpStatus()).isEqualTo(302);
        // the limit's redirects plus the one that was not followed
        assertThat(site.awaitHits(settings.maxRedirects() + 1)).hasSize(settings.maxRedirects() + 1);
    }

    @Test
    void redirectsUpToTheLimitAreFollowedToTheFinalUrl() {
        site.redirect("/r3", "/r2").redirect("/r2", "/r1").redirect("/r1", "/final");
        site.html("/final", "<p>2567</p>");

        LinkCheck c = checker.check(site.url("/r3"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.redirects()).isEqualTo(3);
        assertThat(c.finalUrl()).isEqualTo(site.url("/final"));
    }

    @Test
    void aRedirectToAnotherLoopbackServerIsFollowedWhenLoopbackIsAllowed() {
        other.html("/", "<p>2567</p>");
        site.redirect("/moved", "http://127.0.0.1:" + other.port() + "/");

        LinkCheck c = checker.check(site.url("/moved"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.finalUrl()).isEqualTo("http://127.0.0.1:" + other.port() + "/");
        assertThat(other.awaitHits(1)).extracting(TestSite.Hit::path).containsExactly("/");
    }

    @Test
    void aRedirectToAPrivateOrMetadataAddressIsRefusedWithoutConnecting() {
        site.redirect("/to-private", "http://10.0.0.1/plan");
        site.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        site.redirect("/to-file", "file:///etc/passwd");

        long start = System.nanoTime();
        LinkCheck toPrivate = checker.check(site.url("/to-private"), fy2567);
        LinkCheck toMetadata = checker.check(site.url("/to-metadata"), fy2567);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(toPrivate.verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
        assertThat(toPrivate.httpStatus()).isEqualTo(302);
        assertThat(toPrivate.finalUrl()).isEqualTo(site.url("/to-private"));
        assertThat(toMetadata.verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
        // a connection attempt to 10.0.0.1 would have waited for the 500 ms connect timeout
        assertThat(millis).isLessThan(settings.connectTimeout().toMillis());
        assertThat(checker.check(site.url("/to-file"), fy2567).verdict()).isEqualTo(Verdict.NOT_HTTP);
    }

    @Test
    void aFiftyMegabyteBodyIsCutOffAtTheByteLimitAndNeverDownloaded() throws Exception {
        AtomicLong sent = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        site.route("/huge.pdf", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 0); // chunked: no length declared
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                while (sent.get() < FIFTY_MB) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheChecker) {
                // expected: the checker hung up
            } finally {
                done.countDown();
            }
        });

        LinkCheck c = checker.check(site.url("/huge.pdf"), fy2567);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.truncated()).isTrue();
        assertThat(c.bytes()).isEqualTo(MAX_BYTES);
        assertThat(c.namesFiscalYear()).isFalse();
        // what the server wrote before the connection broke: the byte limit plus the sockets' buffers
        assertThat(sent.get()).isLessThan(FIFTY_MB / 4);
    }

    @Test
    void aDeclaredFiftyMegabyteBodyReportsItsDeclaredSizeAndIsStillCutOff() throws Exception {
        AtomicLong sent = new AtomicLong();
        CountDownLatch done = new CountDownLatch(1);
        site.route("/huge.zip", ex -> {
            ex.getResponseHeaders().set("Content-Type", "application/zip");
            ex.sendResponseHeaders(200, FIFTY_MB);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                while (sent.get() < FIFTY_MB) {
                    out.write(chunk);
                    sent.addAndGet(chunk.length);
                }
            } catch (IOException closedByTheChecker) {
                // expected
            } finally {
                done.countDown();
            }
        });

        LinkCheck c = checker.check(site.url("/huge.zip"), fy2567);

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(c.truncated()).isTrue();
        assertThat(c.bytes()).isEqualTo(FIFTY_MB);
        assertThat(sent.get()).isLessThan(FIFTY_MB / 4);
    }

    @Test
    void aFileOnAnotherHostIsLiveButNotOnTheMainWebsite() {
        // one server, two host names: what this proves is that the host NAME of the final URL is compared
        site.page("/files/plan.pdf", "application/pdf", pdfNaming("Annual plan, fiscal year 2567"));
        site.redirect("/plan", site.localhostUrl("/files/plan.pdf"));

        LinkCheck direct = checker.check(site.localhostUrl("/files/plan.pdf"), fy2567);
        LinkCheck redirected = checker.check(site.url("/plan"), fy2567);
        LinkCheck onMain = checker.check(site.url("/files/plan.pdf"), fy2567);

        assertThat(direct.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(direct.onMainWebsite()).isFalse();
        assertThat(redirected.finalUrl()).isEqualTo(site.localhostUrl("/files/plan.pdf"));
        assertThat(redirected.onMainWebsite()).isFalse();
        assertThat(onMain.onMainWebsite()).isTrue();
    }

    @Test
    void aPdfNamingTheYearIsReadWithPdfBox() {
        site.page("/plan.pdf", "application/pdf", pdfNaming("Annual action plan, fiscal year 2567"));
        site.page("/old.pdf", "application/pdf", pdfNaming("Annual action plan, fiscal year 2566"));
        site.page("/untyped", "application/octet-stream", pdfNaming("Budget 2567"));

        assertThat(checker.check(site.url("/plan.pdf"), fy2567).namesFiscalYear())
                .isTrue();
        assertThat(checker.check(site.url("/old.pdf"), fy2567).namesFiscalYear())
                .isFalse();
        assertThat(checker.check(site.url("/untyped"), fy2567).namesFiscalYear())
                .isTrue();
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeout() {
        site.route("/slow", ex -> sleep(3000));

        long start = System.nanoTime();
        LinkCheck c = checker.check(site.url("/slow"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2500);
    }

    @Test
    void aServerThatDripsItsBodyIsCutOffByTheRequestDeadline() {
        site.route("/drip", ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    sleep(100); // each read arrives within the read timeout, the whole never ends
                }
            } catch (IOException closedByTheChecker) {
                // expected
            }
        });

        long start = System.nanoTime();
        LinkCheck c = checker.check(site.url("/drip"), fy2567);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(c.verdict()).isEqualTo(Verdict.TIMEOUT);
        assertThat(c.httpStatus()).isEqualTo(200);
        // connect + 2 × read = 1.5 s, far short of the 10 s the server would take
        assertThat(millis).isBetween(1400L, 4000L);
    }

    @Test
    void aClosedPortIsUnreachableAndAnUnknownNameIsUnknownHost() throws IOException {
        int closed;
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closed = s.getLocalPort();
        }
        assertThat(checker.check("http://127.0.0.1:" + closed + "/", fy2567).verdict())
                .isEqualTo(Verdict.UNREACHABLE);
        assertThat(checker.check("http://no-such-municipality.invalid/", fy2567).verdict())
                .isEqualTo(Verdict.UNKNOWN_HOST);
    }

    @Test
    void badInputIsAVerdictNeverAnException() {
        for (String bad :
                new String[] {"", "   ", "not a url", "http://", "http:///path", "https://exa mple.go.th/x"}) {
            LinkCheck c = checker.check(bad, fy2567);
            assertThat(c.verdict()).as(bad).isIn(Verdict.MALFORMED, Verdict.NOT_HTTP, Verdict.UNKNOWN_HOST);
            assertThat(c.live()).isFalse();
        }
        assertThat(checker.check("www.thaphae.go.th/oit", fy2567).verdict()).isEqualTo(Verdict.NOT_HTTP);
    }

    @Test
    void aThaiPathIsSentPercentEncoded() {
        site.html("/ข่าว/แผน", "<p>2567</p>");

        LinkCheck c = checker.check(site.url("/ข่าว/แผน"), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.LIVE);
        assertThat(c.finalUrl()).contains("%E0%B8%82");
    }

    static byte[] pdfNaming(String text) {
        try (PDDocument doc = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
