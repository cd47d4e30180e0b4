package th.prongsai.linkcheck;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which IP addresses the checker may connect to: public unicast only. A URL typed by a municipality's officer must
 * never make our servers call into our own network (databases, the services' internal ports, a cloud's metadata
 * endpoint), so every address is judged after DNS resolution, on the address actually connected to.
 */
final class AddressPolicy {

    private final boolean allowLoopback;

    AddressPolicy(boolean allowLoopback) {
        this.allowLoopback = allowLoopback;
    }

    boolean allows(InetAddress address) {
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) return allowsV4(b);
        if (address instanceof Inet6Address) return allowsV6(b);
        return false;
    }

    private boolean allowsV4(byte[] b) {
        int a0 = b[0] & 0xff, a1 = b[1] & 0xff, a2 = b[2] & 0xff;
        if (a0 == 127) return allowLoopback; // loopback 127/8
        if (a0 == 0) return false; // "this network", 0.0.0.0 included: it connects to the local host
        if (a0 == 10) return false; // RFC 1918
        if (a0 == 172 && (a1 & 0xf0) == 16) return false; // RFC 1918 172.16/12
        if (a0 == 192 && a1 == 168) return false; // RFC 1918
        if (a0 == 169 && a1 == 254) return false; // link-local, 169.254.169.254 (cloud metadata) included
        if (a0 == 100 && (a1 & 0xc0) == 64) return false; // CGNAT 100.64/10
        if (a0 == 192 && a1 == 0 && a2 == 0) return false; // IETF protocol assignments (192.0.0.0/24)
        if (a0 == 198 && (a1 & 0xfe) == 18) return false; // benchmarking 198.18/15, often internal
        if (a0 >= 224) return false; // multicast 224/4, reserved 240/4, broadcast 255.255.255.255
        return true;
    }

    private boolean allowsV6(byte[] b) {
        if (isZero(b, 0, 15)) {
            if (b[15] == 0) return false; // :: unspecified
            if (b[15] == 1) return allowLoopback; // ::1
        }
        // IPv4-mapped ::ffff:a.b.c.d and IPv4-compatible ::a.b.c.d: judged as the IPv4 address they carry
        if (isZero(b, 0, 10) && ((b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0)))
            return allowsV4(new byte[] {b[12], b[13], b[14], b[15]});
        // NAT64 64:ff9b::/96 carries an IPv4 address too
        if (b[0] == 0 && b[1] == 0x64 && b[2] == (byte) 0xff && b[3] == (byte) 0x9b && isZero(b, 4, 12))
            return allowsV4(new byte[] {b[12], b[13], b[14], b[15]});
        // 6to4 2002:a.b.c.d::/48
        if (b[0] == 0x20 && b[1] == 0x02) return allowsV4(new byte[] {b[2], b[3], b[4], b[5]});
        int first = b[0] & 0xff, second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc) return false; // unique local fc00::/7, fd00:ec2::254 (metadata) included
        if (first == 0xfe && (second & 0xc0) == 0x80) return false; // link-local fe80::/10
        if (first == 0xfe && (second & 0xc0) == 0xc0) return false; // old site-local fec0::/10
        if (first == 0xff) return false; // multicast ff00::/8
        return true;
    }

    private static boolean isZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) if (b[i] != 0) return false;
        return true;
    }
}
