package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The main-website rule: the same host or a sub-domain of it, "www." ignored on either side. */
class MainWebsiteTest {

    private static boolean on(String url, String main) {
        return LinkChecker.onMainWebsite(url, main);
    }

    @Test
    void theSameHostWithOrWithoutWwwAndItsSubDomainsAreOnTheMainWebsite() {
        assertThat(on("https://www.thaphae.go.th/oit/o1", "https://www.thaphae.go.th"))
                .isTrue();
        assertThat(on("https://thaphae.go.th/oit/o1", "https://www.thaphae.go.th/"))
                .isTrue();
        assertThat(on("http://WWW.ThaPhae.go.th/", "thaphae.go.th")).isTrue();
        assertThat(on("https://oit.thaphae.go.th/2567", "www.thaphae.go.th")).isTrue();
        assertThat(on("https://thaphae.go.th:8443/x", "https://thaphae.go.th")).isTrue();
    }

    @Test
    void fileHostsLookalikesAndAMissingMainWebsiteAreNot() {
        assertThat(on("https://drive.google.com/file/d/1", "https://www.thaphae.go.th"))
                .isFalse();
        assertThat(on("https://thaphae.go.th.example.com/", "https://www.thaphae.go.th"))
                .isFalse();
        assertThat(on("https://notthaphae.go.th/", "https://www.thaphae.go.th")).isFalse();
        assertThat(on("https://go.th/", "https://www.thaphae.go.th")).isFalse();
        assertThat(on("https://www.thaphae.go.th/", null)).isFalse();
        assertThat(on("https://www.thaphae.go.th/", "  ")).isFalse();
    }
}
