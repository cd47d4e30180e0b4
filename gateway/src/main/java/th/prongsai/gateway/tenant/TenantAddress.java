package th.prongsai.gateway.tenant;

import java.util.List;
import java.util.Locale;
import th.prongsai.tenancy.TenantCode;

/**
 * Where a request names its tenant: the path ({@code /t/{code}/...}, {@code /public/{code}/...}) or the
 * host ({@code {code}.<base domain>} with a tenant API path, rewritten to {@code /t/{code}/api/...}).
 * Pure parsing: nothing here knows whether the tenant exists.
 */
sealed interface TenantAddress {

    /** No tenant named: a platform route (or none at all). */
    record None() implements TenantAddress {}

    /** A tenant was named but the text is not a valid code. */
    record Invalid(String given) implements TenantAddress {}

    /** A syntactically valid code, and the path the request continues with. */
    record Named(String code, String path) implements TenantAddress {}

    None NONE = new None();

    static TenantAddress of(String rawPath, String host, String baseDomain, List<String> platformPaths) {
        if (rawPath.startsWith("/t/")) {
            return fromSegment(rawPath, 3);
        }
        if (rawPath.startsWith("/public/")) {
            return fromSegment(rawPath, 8);
        }
        String hostCode = hostCode(host, baseDomain);
        if (hostCode == null || !rawPath.startsWith("/api/") || isPlatformPath(rawPath, platformPaths)) {
            return NONE;
        }
        return valid(hostCode) ? new Named(hostCode, "/t/" + hostCode + rawPath) : new Invalid(hostCode);
    }

    private static TenantAddress fromSegment(String rawPath, int start) {
        int end = rawPath.indexOf('/', start);
        String segment = end < 0 ? rawPath.substring(start) : rawPath.substring(start, end);
        // the raw (still percent-encoded) segment is checked: a valid code never needs encoding,
        // so "%74rat" is refused rather than decoded into another tenant's name
        return valid(segment) ? new Named(segment, rawPath) : new Invalid(segment);
    }

    private static String hostCode(String host, String baseDomain) {
        if (host == null || host.isEmpty()) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > 0 && name.indexOf(']') < colon) {
            name = name.substring(0, colon);
        }
        String suffix = "." + baseDomain;
        if (!name.endsWith(suffix) || name.length() == suffix.length()) {
            return null;
        }
        String label = name.substring(0, name.length() - suffix.length());
        return label.indexOf('.') >= 0 ? null : label;
    }

    private static boolean isPlatformPath(String path, List<String> platformPaths) {
        for (String prefix : platformPaths) {
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return true;
            }
        }
        return false;
    }

    private static boolean valid(String code) {
        return TenantCode.isValid(code);
    }
}
