package th.prongsai.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyGuardTest {

    private final RequestBodyGuard guard = new RequestBodyGuard(
            DataSize.ofKilobytes(1), Map.of("/api/onboarding-jobs/**", DataSize.ofKilobytes(4)), JsonMapper.shared());

    @Test
    void aJsonBodyWithinTheLimitReachesTheHandlerWhole() throws Exception {
        byte[] body = "{\"name\":\"เทศบาล\"}".getBytes(StandardCharsets.UTF_8);
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = run(request("/t/trat/api/measures", "application/json", body), chain);
        assertThat(response.getStatus()).isEqualTo(200);
        HttpServletRequest passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed.getInputStream().readAllBytes()).isEqualTo(body);
    }

    @Test
    void overlongUtf8IsRefusedBeforeJacksonCouldDecodeIt() throws Exception {
        // C0 AF is an overlong "/"; ED A0 80 an encoded lone surrogate.
        for (byte[] bad : new byte[][] {
            {'"', (byte) 0xC0, (byte) 0xAF, '"'},
            {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'},
            {'"', (byte) 0xFF, '"'}
        }) {
            MockFilterChain chain = new MockFilterChain();
            MockHttpServletResponse response =
                    run(request("/api/tenants", "application/json; charset=utf-8", bad), chain);
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("application/problem+json");
            assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("problems/invalid-encoding");
            assertThat(chain.getRequest()).isNull();
        }
    }

    @Test
    void aBodyOverItsPathsLimitIs413WhetherDeclaredOrChunked() throws Exception {
        byte[] big = new byte[2048];
        java.util.Arrays.fill(big, (byte) 'a');
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse declared = run(request("/api/tenants", "application/json", big), chain);
        assertThat(declared.getStatus()).isEqualTo(413);
        assertThat(declared.getContentAsString(StandardCharsets.UTF_8)).contains("problems/payload-too-large");
        assertThat(chain.getRequest()).isNull();

        MockHttpServletRequest chunked = request("/api/tenants", "application/json", big);
        chunked.removeHeader("Content-Length");
        chunked.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletRequest unknownLength = new MockHttpServletRequest(chunked.getServletContext()) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        unknownLength.setMethod("POST");
        unknownLength.setRequestURI("/api/tenants");
        unknownLength.setContentType("application/json");
        unknownLength.addHeader("Transfer-Encoding", "chunked");
        unknownLength.setContent(big);
        assertThat(run(unknownLength, new MockFilterChain()).getStatus()).isEqualTo(413);
    }

    @Test
    void aPathWithItsOwnLimitTakesMoreAndNonJsonIsNotDecoded() throws Exception {
        byte[] csv = new byte[3000];
        java.util.Arrays.fill(csv, (byte) 0xC0); // not UTF-8, and a CSV may be TIS-620: not ours to judge here
        MockFilterChain chain = new MockFilterChain();
        assertThat(run(request("/api/onboarding-jobs/preview", "text/csv", csv), chain)
                        .getStatus())
                .isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest request(String path, String type, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContentType(type);
        request.setContent(body);
        request.addHeader("Content-Length", body.length);
        return request;
    }
}
