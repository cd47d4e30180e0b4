package th.prongsai.tenant.throttle;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.springframework.stereotype.Component;
import th.prongsai.tenancy.PlatformClaims;

/**
 * The address of the person behind a request, for login throttling.
 *
 * <p>Trust assumption: this service is reached only through the gateway, from the proxies listed in
 * {@code ita.auth.trusted-proxies} (loopback by default). The gateway names the person's address in
 * {@link PlatformClaims#CLIENT_HEADER}, replacing whatever a client sent; a caller that is not one of our proxies is
 * itself the person, whatever it sends.
 */
@Component
public class ClientAddresses {

    private final List<Range> trusted;

    ClientAddresses(LoginThrottleProperties properties) {
        this.trusted = properties.trustedProxies().stream().map(Range::parse).toList();
    }

    public String of(HttpServletRequest request) {
        InetAddress peer = literal(request.getRemoteAddr());
        String named = request.getHeader(PlatformClaims.CLIENT_HEADER);
        if (peer != null && isTrusted(peer) && named != null) {
            InetAddress client = literal(named.strip());
            return client == null ? "unknown" : client.getHostAddress();
        }
        return peer == null ? "unknown" : peer.getHostAddress();
    }

    private boolean isTrusted(InetAddress address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** An IP literal (never a name lookup), or null when the hop is not one. */
    private static InetAddress literal(String text) {
        String value = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        if (value.isEmpty() || value.length() > 45 || !value.matches("[0-9A-Fa-f.:]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private record Range(byte[] network, int bits) {

        static Range parse(String cidr) {
            String[] parts = cidr.split("/", 2);
            InetAddress address = literal(parts[0].strip());
            if (address == null) {
                throw new IllegalArgumentException("ita.auth.trusted-proxies: not an IP address or range: " + cidr);
            }
            byte[] bytes = address.getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : bytes.length * 8;
            return new Range(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
