package th.prongsai.linkcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The address rule on literal addresses (no DNS), and the resolver that applies it to every lookup. */
class AddressPolicyTest {

    private final AddressPolicy production = new AddressPolicy(false);
    private final AddressPolicy tests = new AddressPolicy(true);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0.0.0.0",
                "0.1.2.3",
                "10.0.0.1",
                "100.64.0.1",
                "100.127.255.254",
                "127.0.0.1",
                "127.255.0.1",
                "169.254.0.1",
                "169.254.169.254",
                "172.16.0.1",
                "172.31.255.255",
                "192.0.0.1",
                "192.168.0.1",
                "198.18.0.1",
                "224.0.0.1",
                "239.255.255.250",
                "240.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "::ffff:127.0.0.1",
                "::ffff:10.1.2.3",
                "::ffff:169.254.169.254",
                "::127.0.0.1",
                "64:ff9b::a00:1",
                "2002:a00:1::1",
                "fc00::1",
                "fd00:ec2::254",
                "fe80::1",
                "febf::1",
                "fec0::1",
                "ff02::1"
            })
    void refusesEveryNonPublicAddress(String literal) throws UnknownHostException {
        assertThat(production.allows(InetAddress.getByName(literal)))
                .as(literal)
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1.1.1.1",
                "8.8.8.8",
                "100.63.255.255",
                "100.128.0.1",
                "172.15.255.255",
                "172.32.0.1",
                "164.115.1.1",
                "203.150.0.1",
                "2001:4860:4860::8888",
                "2404:6800::1",
                "::ffff:8.8.8.8"
            })
    void allowsPublicAddresses(String literal) throws UnknownHostException {
        assertThat(production.allows(InetAddress.getByName(literal)))
                .as(literal)
                .isTrue();
    }

    @Test
    void allowLoopbackOpensExactly127Slash8AndColonColon1() throws UnknownHostException {
        assertThat(tests.allows(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(tests.allows(InetAddress.getByName("127.0.0.100"))).isTrue();
        assertThat(tests.allows(InetAddress.getByName("::1"))).isTrue();
        for (String other : new String[] {"0.0.0.0", "::", "10.0.0.1", "169.254.169.254", "fe80::1", "fd00::1"}) {
            assertThat(tests.allows(InetAddress.getByName(other))).as(other).isFalse();
        }
    }

    @Test
    void theResolverReturnsOnlyAllowedAddressesAndRefusesANameWithNone() throws UnknownHostException {
        assertThatThrownBy(() -> new SafeDnsResolver(production).resolve("localhost"))
                .isInstanceOf(SafeDnsResolver.UnsafeAddressException.class);
        assertThat(new SafeDnsResolver(tests).resolve("localhost"))
                .isNotEmpty()
                .allMatch(InetAddress::isLoopbackAddress);
        assertThat(new SafeDnsResolver(tests).resolve("localhost", 80))
                .allMatch(a -> a.getAddress().isLoopbackAddress() && a.getPort() == 80);
    }
}
