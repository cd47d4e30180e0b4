package th.prongsai.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.firewall.RequestRejectedException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemSecurityHandlerTest {

    private final ProblemSecurityHandler handler = new ProblemSecurityHandler(JsonMapper.shared());
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/things");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    private JsonNode body() throws Exception {
        assertThat(response.getContentType()).startsWith("application/problem+json");
        return JsonMapper.shared().readTree(response.getContentAsString());
    }

    @Test
    void unauthenticatedIs401Problem() throws Exception {
        handler.commence(request, response, new BadCredentialsException("bad"));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(body().get("status").asInt()).isEqualTo(401);
        assertThat(body().get("title").asString()).isEqualTo("Unauthorized");
        assertThat(body().get("instance").asString()).isEqualTo("/api/things");
    }

    @Test
    void deniedIs403Problem() throws Exception {
        handler.handle(request, response, new AccessDeniedException("no"));

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(body().get("type").asString()).isEqualTo("https://prongsai.th/problems/forbidden");
    }

    @Test
    void firewallRejectionIs400Problem() throws Exception {
        handler.handle(request, response, new RequestRejectedException("semicolon"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(body().get("detail").asString()).isNotBlank();
        assertThat(response.getContentAsString()).doesNotContain("semicolon");
    }
}
