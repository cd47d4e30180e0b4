package th.prongsai.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import th.prongsai.testsupport.TestInfra;

/**
 * The web on its own, with sessions in the test Redis and a gateway that does not answer: what a person sees
 * when the platform is unreachable, and what an anonymous visitor may open. Journeys with a platform are browser tests in e2e.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WebPagesIT {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        registry.add("spring.data.redis.url", TestInfra::redisUrl);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        int unanswered = closed;
        registry.add("ita.web.gateway-url", () -> "http://127.0.0.1:" + unanswered);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void anUnreachablePlatformIsSaidInThaiAtSignIn() throws Exception {
        var result = mvc.perform(post("/signin")
                        .with(csrf())
                        .param("username", "trat.officer")
                        .param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/signin?error=unreachable");
        // the session lives in Redis (Spring Session), found again by its cookie
        String page = mvc.perform(get("/signin?error=unreachable")
                        .cookie(result.getResponse().getCookies()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("ติดต่อระบบไม่ได้ในขณะนี้").contains("value=\"trat.officer\"");
    }

    @Test
    void pagesAskAnAnonymousVisitorToSignIn() throws Exception {
        mvc.perform(get("/m/trat/2567/measures"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
        mvc.perform(get("/province/oit").param("province", "80").param("fy", "2567"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/signin"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/signin").param("username", "trat.officer").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesAContentSecurityPolicyAndTheSignInPageIsThai() throws Exception {
        var response = mvc.perform(get("/signin"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn()
                .getResponse();
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("lang=\"th\"", "เข้าสู่ระบบ");
    }

    @Test
    void theLanguageSwitchOnlyReturnsToPagesOfThisSite() throws Exception {
        mvc.perform(get("/lang").param("to", "en").param("back", "https://evil.example/"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
        var english = mvc.perform(get("/lang").param("to", "en").param("back", "/signin"))
                .andExpect(redirectedUrl("/signin"))
                .andReturn()
                .getResponse()
                .getCookie("lang");
        String page = mvc.perform(get("/signin").cookie(english))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("lang=\"en\"", "Sign in");
    }
}
