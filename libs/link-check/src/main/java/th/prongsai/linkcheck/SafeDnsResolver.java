package th.prongsai.linkcheck;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The one DNS lookup of a connection, filtered by the address policy. HttpClient connects to exactly the addresses
 * returned here, so the address checked is the address connected to: a name that answers a public address to a
 * first lookup and 127.0.0.1 to a second (DNS rebinding) gains nothing.
 */
final class SafeDnsResolver implements DnsResolver {

    /** Every address the name resolved to is refused by the policy. */
    static final class UnsafeAddressException extends UnknownHostException {
        UnsafeAddressException(String host) {
            super(host + " resolves only to refused addresses");
        }
    }

    private final AddressPolicy policy;

    SafeDnsResolver(AddressPolicy policy) {
        this.policy = policy;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        InetAddress[] all = InetAddress.getAllByName(host);
        InetAddress[] allowed = Arrays.stream(all).filter(policy::allows).toArray(InetAddress[]::new);
        if (allowed.length == 0) throw new UnsafeAddressException(host);
        return allowed;
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        List<InetSocketAddress> result = new ArrayList<>();
        for (InetAddress a : resolve(host)) result.add(new InetSocketAddress(a, port));
        return result;
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host; // only for Kerberos, which the checker never uses; no second lookup
    }
}
