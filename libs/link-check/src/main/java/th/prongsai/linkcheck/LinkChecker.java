package th.prongsai.linkcheck;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.routing.RoutingSupport;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;

/**
 * Checks the URLs of an OIT checklist. Thread-safe; blocking. At most one request at a time per host,
 * {@link LinkCheckSettings#perHostDelay()} between two requests to a host; different hosts proceed in parallel when
 * the caller uses several threads.
 *
 * <p>Safety: http and https only; no user-info; every host's addresses are judged after DNS resolution by
 * {@link AddressPolicy} (loopback, private, link-local, CGNAT, unspecified, multicast, broadcast, metadata and their
 * IPv4-mapped forms refused), on the address actually connected to and again on every redirect hop, which the
 * checker follows itself. GET, not HEAD: some municipal servers answer HEAD wrongly.
 */
public final class LinkChecker implements AutoCloseable {

    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([^\";\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE_HOST = Pattern.compile("^[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:\\d+)?(/.*)?$");
    /** A non-final answer's body is read this far, to keep the connection; a longer one is cut off. */
    private static final int DISCARD_LIMIT = 64 * 1024;

    private final LinkCheckSettings settings;
    private final AddressPolicy policy;
    private final HostGate gate;
    private final CloseableHttpClient http;
    private final ScheduledExecutorService deadlines;
    private final long requestLimitMillis;

    public LinkChecker(LinkCheckSettings settings) {
        this.settings = settings;
        this.policy = new AddressPolicy(settings.allowLoopback());
        this.gate = new HostGate(settings.perHostDelay());
        this.requestLimitMillis = settings.connectTimeout()
                .plus(settings.readTimeout().multipliedBy(2))
                .toMillis();
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(new SafeDnsResolver(policy))
                .setDefaultSocketConfig(SocketConfig.custom().setSoTimeout(read).build())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(read)
                        .build())
                // one request per host at a time: a connection or two per route (http and https); the total only
                // bounds sockets, the caller's threads bound the requests in flight
                .setMaxConnPerRoute(2)
                .setMaxConnTotal(4096)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setRedirectsEnabled(false)
                        .setResponseTimeout(read)
                        .setConnectionRequestTimeout(connect)
                        .build())
                .disableRedirectHandling() // each hop is validated here, not followed blindly
                .disableAutomaticRetries() // one request per check and hop: polite and predictable
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression() // bytes counted are bytes received; no decompression bomb
                .setUserAgent(settings.userAgent())
                // kept for the host's next request after the delay, closed when it stays idle
                .evictIdleConnections(TimeValue.ofSeconds(10))
                .build();
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "link-check-deadlines");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true); // a finished request's deadline must not linger for half a minute
        this.deadlines = timer;
    }

    /** Checks one URL. Never throws for a bad, unsafe or dead URL: the verdict says what went wrong. */
    public LinkCheck check(String url, Expectations expectations) {
        url = Objects.requireNonNullElse(url, ""); // a missing URL is a MALFORMED one, not an exception
        Instant checkedAt = Instant.now();
        long start = System.nanoTime();
        Outcome o = new Outcome();
        try {
            run(url, o);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            o.verdict = Verdict.UNREACHABLE;
        } catch (RuntimeException e) {
            o.verdict = o.verdict == null ? Verdict.UNREACHABLE : o.verdict; // never throw for a URL
        }
        // the year is looked for after the host's turn is given back: reading a PDF must not hold the host
        boolean namesYear = o.verdict == Verdict.LIVE
                && o.body != null
                && YearDetector.namesYear(o.body, o.contentType, o.charset, expectations.fiscalYear());
        String judged = o.finalUrl != null ? o.finalUrl : url;
        return new LinkCheck(
                url,
                o.verdict == null ? Verdict.UNREACHABLE : o.verdict,
                o.status,
                o.finalUrl,
                o.contentType,
                o.bytes,
                o.truncated,
                o.redirects,
                onMainWebsite(judged, expectations.mainWebsite()),
                namesYear,
                checkedAt,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
    }

    /** What is known so far of one check; filled hop by hop. */
    private static final class Outcome {
        @Nullable
        Verdict verdict;

        @Nullable
        Integer status;

        @Nullable
        String finalUrl;

        @Nullable
        String contentType;

        @Nullable
        Long bytes;

        boolean truncated;
        int redirects;

        byte @Nullable [] body; // a live answer's body, as far as read

        @Nullable
        String charset;

        @Nullable
        String location; // a redirect's target, resolved
    }

    private void run(String url, Outcome o) throws InterruptedException {
        String next = url;
        while (true) {
            Target target = target(next);
            if (target.refusal != null) {
                o.verdict = target.refusal;
                return;
            }
            URI uri = target.uri;
            try (HostGate.Turn turn = gate.enter(hostKey(uri))) {
                fetch(uri, o);
            } catch (IOException e) {
                o.verdict = verdictOf(e);
                return;
            }
            if (o.verdict != null) return;
            // a redirect: fetch left its target in o.location
            if (o.redirects == settings.maxRedirects()) {
                o.verdict = Verdict.TOO_MANY_REDIRECTS;
                return;
            }
            o.redirects++;
            next = o.location;
            o.location = null;
        }
    }

    /** One GET, inside the host's turn. Sets the verdict, or leaves it null with a redirect's location. */
    private void fetch(URI uri, Outcome o) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "text/html,application/xhtml+xml,application/pdf;q=0.9,*/*;q=0.8");
        get.setHeader("Accept-Language", "th,en;q=0.5");
        AtomicBoolean cutOff = new AtomicBoolean();
        // the socket timeout bounds each read; this bounds the whole request (a server dripping a byte a second)
        ScheduledFuture<?> deadline = deadlines.schedule(
                () -> {
                    cutOff.set(true);
                    get.cancel();
                },
                requestLimitMillis,
                TimeUnit.MILLISECONDS);
        try (ClassicHttpResponse response = http.executeOpen(targetHost(get), get, null)) {
            int status = response.getCode();
            o.status = status;
            o.finalUrl = uri.toString();
            HttpEntity entity = response.getEntity();
            String rawType = entity != null && entity.getContentType() != null
                    ? entity.getContentType()
                    : header(response, "Content-Type");
            o.contentType = mediaType(rawType);
            o.bytes = null;
            o.truncated = false;
            if (isRedirect(status)) {
                String location = header(response, "Location");
                discard(entity, get);
                if (location == null) {
                    o.verdict = Verdict.HTTP_ERROR;
                    return;
                }
                o.location = resolve(uri, location);
                if (o.location == null) o.verdict = Verdict.MALFORMED;
                return;
            }
            if (status < 200 || status >= 300) {
                discard(entity, get);
                o.verdict = Verdict.HTTP_ERROR;
                return;
            }
            byte[] body = entity == null ? new byte[0] : read(entity, get, o);
            long declared = entity == null ? -1 : entity.getContentLength();
            o.bytes = declared >= body.length ? declared : (long) body.length;
            o.body = body;
            o.charset = charset(rawType);
            o.verdict = Verdict.LIVE;
        } catch (IOException e) {
            if (cutOff.get()) throw new DeadlineException();
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private static HttpHost targetHost(HttpGet get) throws IOException {
        try {
            return RoutingSupport.determineHost(get);
        } catch (HttpException e) {
            throw new IOException(e);
        }
    }

    /** Reads at most maxBytes; a longer body is cut off by closing the connection, never downloaded. */
    private byte[] read(HttpEntity entity, HttpGet get, Outcome o) throws IOException {
        long max = settings.maxBytes();
        long declared = entity.getContentLength();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(max, declared > 0 ? declared : 64 * 1024));
        try (InputStream in = entity.getContent()) {
            byte[] buf = new byte[16 * 1024];
            long total = 0;
            while (total < max) {
                int n = in.read(buf, 0, (int) Math.min(buf.length, max - total));
                if (n < 0) return out.toByteArray();
                out.write(buf, 0, n);
                total += n;
            }
            if (in.read() >= 0) {
                o.truncated = true;
                get.cancel(); // so closing the stream does not drain the rest
            }
        }
        return out.toByteArray();
    }

    /** Reads a small unwanted body so the connection can be reused; cuts off a large one. */
    private static void discard(@Nullable HttpEntity entity, HttpGet get) {
        if (entity == null) return;
        try (InputStream in = entity.getContent()) {
            byte[] buf = new byte[8 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > DISCARD_LIMIT) {
                    get.cancel();
                    return;
                }
            }
        } catch (IOException e) {
            get.cancel(); // the answer was already had; a broken body only costs the connection
        }
    }

    /** Thrown when the request's overall deadline cancelled it. */
    private static final class DeadlineException extends InterruptedIOException {}

    private static Verdict verdictOf(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SafeDnsResolver.UnsafeAddressException) return Verdict.UNSAFE_ADDRESS;
            if (t instanceof UnknownHostException) return Verdict.UNKNOWN_HOST;
            if (t instanceof InterruptedIOException) return Verdict.TIMEOUT; // connect, read and overall deadlines
        }
        return Verdict.UNREACHABLE;
    }

    /** A URL to request, or why it is refused before any connection. */
    private record Target(@Nullable URI uri, @Nullable Verdict refusal) {
        static Target refused(Verdict v) {
            return new Target(null, v);
        }
    }

    private Target target(@Nullable String raw) {
        if (raw == null || raw.isBlank()) return Target.refused(Verdict.MALFORMED);
        String s = raw.strip().replace(" ", "%20");
        URI uri;
        try {
            uri = new URI(s);
        } catch (URISyntaxException e) {
            return Target.refused(Verdict.MALFORMED);
        }
        String scheme = uri.getScheme();
        if (scheme == null) {
            // "www.example.go.th/page": a web address without its scheme
            return Target.refused(BARE_HOST.matcher(s).matches() ? Verdict.NOT_HTTP : Verdict.MALFORMED);
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) return Target.refused(Verdict.NOT_HTTP);
        // user-info: "http://www.thaphae.go.th@elsewhere.example/" shows one host and calls another
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")))
            return Target.refused(Verdict.UNSAFE_ADDRESS);
        String host = uri.getHost();
        if (host == null) {
            uri = withIdnHost(uri);
            if (uri == null) return Target.refused(Verdict.MALFORMED);
            host = uri.getHost();
        }
        if (host == null || host.isEmpty()) return Target.refused(Verdict.MALFORMED);
        if (isLiteral(host)) {
            // an address typed in the URL is judged before any connection
            try {
                InetAddress a = InetAddress.getByName(host);
                if (!policy.allows(a)) return Target.refused(Verdict.UNSAFE_ADDRESS);
            } catch (UnknownHostException e) {
                return Target.refused(Verdict.MALFORMED);
            }
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        try {
            // the fragment is the browser's, never sent; Thai characters in the path are percent-encoded
            URI clean = new URI(scheme + "://" + uri.getRawAuthority() + path + query);
            return new Target(URI.create(clean.toASCIIString()), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Target.refused(Verdict.MALFORMED);
        }
    }

    /** The politeness unit: the host name as DNS sees it (case and a trailing dot do not make another host). */
    private static String hostKey(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    /** A Thai or other international host name, in its ASCII (punycode) form. */
    private static @Nullable URI withIdnHost(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null) return null;
        int colon = authority.lastIndexOf(':');
        String name = colon > 0 && authority.indexOf(']') < colon ? authority.substring(0, colon) : authority;
        String port = name.length() < authority.length() ? authority.substring(name.length()) : "";
        try {
            String ascii = IDN.toASCII(name, IDN.ALLOW_UNASSIGNED);
            URI fixed = new URI(uri.getScheme() + "://" + ascii + port
                    + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            return fixed.getHost() == null ? null : fixed;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** An IPv4 dotted literal or a bracketed IPv6 literal: no DNS lookup needed to judge it. */
    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    private static @Nullable String resolve(URI base, String location) {
        try {
            return base.resolve(location.strip().replace(" ", "%20")).toString();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static @Nullable String header(ClassicHttpResponse response, String name) {
        Header h = response.getFirstHeader(name);
        return h == null ? null : h.getValue();
    }

    private static @Nullable String mediaType(@Nullable String contentType) {
        if (contentType == null) return null;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() ? null : type;
    }

    private static @Nullable String charset(@Nullable String contentType) {
        if (contentType == null) return null;
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The host, or a sub-domain of it, of the main website; "www." ignored on either side. */
    static boolean onMainWebsite(@Nullable String url, @Nullable String mainWebsite) {
        String host = hostOf(url);
        String main = hostOf(mainWebsite);
        if (host == null || main == null) return false;
        return host.equals(main) || host.endsWith("." + main);
    }

    private static @Nullable String hostOf(@Nullable String url) {
        if (url == null || url.isBlank()) return null;
        String s = url.strip();
        if (!s.contains("://")) s = "http://" + s;
        try {
            String host = new URI(s.replace(" ", "%20")).getHost();
            if (host == null) return null;
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) host = host.substring(0, host.length() - 1);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.IMMEDIATE);
    }
}
