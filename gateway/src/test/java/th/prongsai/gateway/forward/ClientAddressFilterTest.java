package th.prongsai.gateway.forward;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import th.prongsai.tenancy.PlatformClaims;

class ClientAddressFilterTest {

    private final ClientAddressFilter filter = new ClientAddressFilter();

    private String forwarded(String peer, String named) {
        MockServerHttpRequest.BaseBuilder<?> request =
                MockServerHttpRequest.post("/api/auth/token").remoteAddress(new InetSocketAddress(peer, 40000));
        if (named != null) {
            request.header(PlatformClaims.CLIENT_HEADER, named);
        }
        AtomicReference<String> seen = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
                    seen.set(exchange.getRequest().getHeaders().getFirst(PlatformClaims.CLIENT_HEADER));
                    return Mono.empty();
                })
                .block();
        return seen.get();
    }

    @Test
    void aClientIsNamedByItsConnectionWhateverItClaims() {
        assertThat(forwarded("203.0.113.5", null)).isEqualTo("203.0.113.5");
        assertThat(forwarded("203.0.113.5", "192.0.2.1")).isEqualTo("203.0.113.5");
    }

    @Test
    void theWebOnLoopbackNamesThePersonItCallsFor() {
        assertThat(forwarded("127.0.0.1", "192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(forwarded("127.0.0.1", null)).isEqualTo("127.0.0.1");
    }
}
