package th.prongsai.tenant.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import th.prongsai.tenancy.PlatformClaims;

class ClientAddressesTest {

    final ClientAddresses addresses =
            new ClientAddresses(new LoginThrottleProperties(null, null, null, null, null, null, null));

    static MockHttpServletRequest from(String remote, String named) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(remote);
        if (named != null) {
            request.addHeader(PlatformClaims.CLIENT_HEADER, named);
        }
        request.addHeader("X-Forwarded-For", "6.6.6.6");
        return request;
    }

    @Test
    void theAddressTheGatewayNamesIsThePersons() {
        assertThat(addresses.of(from("127.0.0.1", "192.0.2.7"))).isEqualTo("192.0.2.7");
        assertThat(addresses.of(from("::1", "2001:db8::1"))).isEqualTo("2001:db8:0:0:0:0:0:1");
    }

    @Test
    void aCallerThatIsNotOurProxyIsThePersonWhateverItSends() {
        assertThat(addresses.of(from("203.0.113.5", "192.0.2.7"))).isEqualTo("203.0.113.5");
        assertThat(addresses.of(from("203.0.113.5", null))).isEqualTo("203.0.113.5");
    }

    @Test
    void withoutANamedAddressTheConnectionsIsUsedAndGarbageIsNoAddress() {
        assertThat(addresses.of(from("127.0.0.1", null))).isEqualTo("127.0.0.1");
        assertThat(addresses.of(from("127.0.0.1", "not-an-address"))).isEqualTo("unknown");
        assertThat(addresses.of(from("127.0.0.1", "evil.example"))).isEqualTo("unknown");
    }

    @Test
    void trustedProxiesAreConfigurable() {
        ClientAddresses behindBalancer = new ClientAddresses(
                new LoginThrottleProperties(null, null, null, null, null, null, List.of("10.1.0.0/16")));
        assertThat(behindBalancer.of(from("10.1.2.3", "192.0.2.9"))).isEqualTo("192.0.2.9");
        assertThat(behindBalancer.of(from("127.0.0.1", "192.0.2.9"))).isEqualTo("127.0.0.1");
    }
}
