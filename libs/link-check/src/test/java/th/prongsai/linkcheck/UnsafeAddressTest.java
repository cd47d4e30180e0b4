package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Production settings (allowLoopback = false): every unsafe URL is refused, and — since a real server listens on
 * 127.0.0.1 at the port each URL names — refused without a single request reaching it.
 */
class UnsafeAddressTest {

    private TestSite site;
    private LinkChecker checker;
    private final Expectations fy2567 = new Expectations("https://www.thaphae.go.th", 2567);

    @BeforeEach
    void start() throws IOException {
        site = new TestSite().html("/", "<p>2567</p>");
        checker = new LinkChecker(LinkCheckSettings.defaults().withPerHostDelay(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        checker.close();
        site.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:PORT/",
                "http://127.0.0.2:PORT/",
                "http://localhost:PORT/", // a host NAME that resolves to loopback: judged after DNS
                "http://[::1]:PORT/",
                "http://[::ffff:127.0.0.1]:PORT/",
                "http://[0:0:0:0:0:ffff:7f00:1]:PORT/",
                "http://0.0.0.0:PORT/",
                "http://[::]:PORT/",
                "https://127.0.0.1:PORT/",
            })
    void loopbackInEveryFormIsRefusedAndNeverReached(String template) {
        LinkCheck c = checker.check(template.replace("PORT", Integer.toString(site.port())), fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
        assertThat(c.httpStatus()).isNull();
        assertThat(site.arrived).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://LOCALHOST.:PORT/",
                "http://2130706433:PORT/",
                "http://0x7f000001:PORT/",
                "http://127.1:PORT/"
            })
    void legacyNumericFormsOfLoopbackAreNeverReached(String template) {
        // the JDK and the C resolver differ on these forms; whichever reads them, loopback is never called
        LinkCheck c = checker.check(template.replace("PORT", Integer.toString(site.port())), fy2567);

        assertThat(c.verdict()).isIn(Verdict.UNSAFE_ADDRESS, Verdict.UNKNOWN_HOST, Verdict.MALFORMED);
        assertThat(site.arrived).hasValue(0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.1/",
                "http://10.255.255.254/",
                "http://172.16.0.1/",
                "http://172.31.255.1/",
                "http://192.168.1.1/",
                "http://169.254.169.254/latest/meta-data/",
                "http://169.254.1.1/",
                "http://100.64.0.1/",
                "http://224.0.0.1/",
                "http://255.255.255.255/",
                "http://[fd00:ec2::254]/",
                "http://[fc00::1]/",
                "http://[fe80::1]/",
                "http://[ff02::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://[::ffff:169.254.169.254]/",
                "http://[::ffff:192.168.0.1]/",
            })
    void privateLinkLocalCgnatMulticastBroadcastAndMetadataAddressesAreRefusedBeforeConnecting(String url) {
        long start = System.nanoTime();
        LinkCheck c = checker.check(url, fy2567);

        assertThat(c.verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
        // refused before any connection: no connect timeout was waited for
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://ftp.thaphae.go.th/plan.pdf",
                "file:///etc/passwd",
                "javascript:alert(1)",
                "mailto:saraban@thaphae.go.th",
                "gopher://127.0.0.1:70/",
                "data:text/html,2567",
            })
    void otherSchemesAreNotHttp(String url) {
        assertThat(checker.check(url, fy2567).verdict()).isEqualTo(Verdict.NOT_HTTP);
    }

    @Test
    void urlsWithUserInfoAreRefused() {
        assertThat(checker.check("http://user:secret@www.thaphae.go.th/", fy2567)
                        .verdict())
                .isEqualTo(Verdict.UNSAFE_ADDRESS);
        // shows the main website, calls loopback
        assertThat(checker.check("http://www.thaphae.go.th@127.0.0.1:" + site.port() + "/", fy2567)
                        .verdict())
                .isEqualTo(Verdict.UNSAFE_ADDRESS);
        assertThat(site.arrived).hasValue(0);
    }

    @Test
    void allowLoopbackAllowsLoopbackAndNothingElse() {
        try (LinkChecker tests = new LinkChecker(
                LinkCheckSettings.defaults().withPerHostDelay(Duration.ZERO).withAllowLoopback(true))) {
            assertThat(tests.check(site.url("/"), fy2567).verdict()).isEqualTo(Verdict.LIVE);
            assertThat(tests.check("http://10.0.0.1/", fy2567).verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
            assertThat(tests.check("http://169.254.169.254/", fy2567).verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
            assertThat(tests.check("http://0.0.0.0:" + site.port() + "/", fy2567)
                            .verdict())
                    .isEqualTo(Verdict.UNSAFE_ADDRESS);
            assertThat(tests.check("http://[fe80::1]/", fy2567).verdict()).isEqualTo(Verdict.UNSAFE_ADDRESS);
        }
        assertThat(site.awaitHits(1)).hasSize(1);
    }
}
