package th.prongsai.tenant.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The address of the person behind a request, for login throttling.
 *
 * <p>Trust assumption: this service is reached only through the gateway (and the web, which calls the gateway),
 * all on the proxies listed in {@code ita.auth.trusted-proxies} (loopback by default). Each proxy appends the
 * address of its own peer to {@code X-Forwarded-For}, so the list is read from the right and the first address
 * that is not one of our proxies is the client: anything left of it was written by the client and is ignored.
 * The gateway appends only when {@code spring.cloud.gateway.server.webflux.trusted-proxies} is set; without it,
 * it strips the header and every request looks as if it came from the gateway's own address.
 */
@Component
public class ClientAddresses {

    private final List<Range> trusted;

    public ClientAddresses(AuthProperties properties) {
        this.trusted = properties.trustedProxies().stream().map(Range::parse).toList();
    }

    public String of(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
            Arrays.stream(header.split(",")).map(String::strip).filter(StringUtils::hasText).forEach(hops::add);
        }
        hops.add(request.getRemoteAddr());
        for (int i = hops.size() - 1; i > 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null || !isTrusted(hop)) {
                return hop == null ? "unknown" : hop.getHostAddress();
            }
        }
        InetAddress first = literal(hops.getFirst());
        return first == null ? "unknown" : first.getHostAddress();
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
